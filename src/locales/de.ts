// German labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/de'`
// (or dist/locales/de.js / de.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('de', {
  signOut: 'Abmelden',
  signingOut: 'Wird abgemeldet…',
  signOutAll: 'Von allen Konten abmelden',
  openMenu: 'Kontomenü öffnen',
  openMenuFor: 'Kontomenü für {name} öffnen',
  manageAccount: 'Konto verwalten',
  addAccount: 'Konto hinzufügen',
  otherAccounts: 'Weitere Konten',
  loading: 'Konto wird geladen',
  signIn: 'Anmelden',
  signingIn: 'Wird angemeldet…',
  devices: 'Angemeldete Geräte',
  thisDevice: 'Dieses Gerät',
  deviceName: '{browser} unter {os}',
  unknownDevice: 'Unbekanntes Gerät',
  signOutDevice: '{device} abmelden',
  signOutOthers: 'Von allen anderen Geräten abmelden',
  signOutEverywhere: 'Von allen Geräten abmelden',
  lastActive: 'Zuletzt aktiv {time}',
  loadingDevices: 'Geräte werden geladen',
  devicesFailed: 'Die Geräte konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  noOtherDevices: 'Kein anderes Gerät ist angemeldet.',
  devicesUnsupported: 'Dieser Anmeldedienst listet keine Geräte auf.',
  signedOutDevice: '{device} wurde abgemeldet',
  signedOutOthers: 'Von allen anderen Geräten abgemeldet',
} satisfies AuthStrings);
