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
} satisfies AuthStrings);
