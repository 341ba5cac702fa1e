// French labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/fr'`
// (or dist/locales/fr.js / fr.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('fr', {
  signOut: 'Se déconnecter',
  signingOut: 'Déconnexion…',
  signOutAll: 'Se déconnecter de tous les comptes',
  openMenu: 'Ouvrir le menu du compte',
  openMenuFor: 'Ouvrir le menu du compte de {name}',
  manageAccount: 'Gérer le compte',
  addAccount: 'Ajouter un compte',
  otherAccounts: 'Autres comptes',
  loading: 'Chargement du compte',
  signIn: 'Se connecter',
} satisfies AuthStrings);
