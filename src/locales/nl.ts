// Dutch labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/nl'`
// (or dist/locales/nl.js / nl.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('nl', {
  signOut: 'Uitloggen',
  signingOut: 'Bezig met uitloggen…',
  signOutAll: 'Uitloggen bij alle accounts',
  openMenu: 'Accountmenu openen',
  openMenuFor: 'Accountmenu voor {name} openen',
  manageAccount: 'Account beheren',
  addAccount: 'Account toevoegen',
  otherAccounts: 'Andere accounts',
  loading: 'Account wordt geladen',
  signIn: 'Inloggen',
  signingIn: 'Bezig met inloggen…',
  devices: 'Ingelogde apparaten',
  thisDevice: 'Dit apparaat',
  deviceName: '{browser} op {os}',
  unknownDevice: 'Onbekend apparaat',
  signOutDevice: '{device} uitloggen',
  signOutOthers: 'Uitloggen op alle andere apparaten',
  signOutEverywhere: 'Uitloggen op alle apparaten',
  lastActive: 'Laatst actief {time}',
  loadingDevices: 'Apparaten worden geladen',
  devicesFailed: 'De apparaten konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  noOtherDevices: 'Op geen ander apparaat ingelogd.',
  devicesUnsupported: 'Deze inlogdienst toont geen apparaten.',
  signedOutDevice: '{device} is uitgelogd',
  signedOutOthers: 'Uitgelogd op alle andere apparaten',
} satisfies AuthStrings);
