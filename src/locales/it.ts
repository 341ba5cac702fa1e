// Italian labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/it'`
// (or dist/locales/it.js / it.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('it', {
  signOut: 'Esci',
  signingOut: 'Uscita in corso…',
  signOutAll: 'Esci da tutti gli account',
  openMenu: "Apri il menu dell'account",
  openMenuFor: "Apri il menu dell'account di {name}",
  manageAccount: 'Gestisci account',
  addAccount: 'Aggiungi account',
  otherAccounts: 'Altri account',
  loading: "Caricamento dell'account",
  signIn: 'Accedi',
  signingIn: 'Accesso in corso…',
  devices: 'Dispositivi connessi',
  thisDevice: 'Questo dispositivo',
  deviceName: '{browser} su {os}',
  unknownDevice: 'Dispositivo sconosciuto',
  signOutDevice: 'Esci da {device}',
  signOutOthers: 'Esci da tutti gli altri dispositivi',
  signOutEverywhere: 'Esci da tutti i dispositivi',
  lastActive: 'Ultima attività {time}',
  loadingDevices: 'Caricamento dei dispositivi',
  devicesFailed: 'Impossibile caricare i dispositivi.',
  retry: 'Riprova',
  noOtherDevices: 'Nessun altro dispositivo ha effettuato l’accesso.',
  devicesUnsupported: 'Questo servizio di accesso non elenca i dispositivi.',
  signedOutDevice: 'Uscita da {device} completata',
  signedOutOthers: 'Uscita da tutti gli altri dispositivi completata',
} satisfies AuthStrings);
