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
  signingIn: 'Connexion…',
  devices: 'Appareils connectés',
  thisDevice: 'Cet appareil',
  deviceName: '{browser} sur {os}',
  unknownDevice: 'Appareil inconnu',
  signOutDevice: 'Se déconnecter de {device}',
  signOutOthers: 'Se déconnecter de tous les autres appareils',
  signOutEverywhere: 'Se déconnecter de tous les appareils',
  lastActive: 'Dernière activité {time}',
  loadingDevices: 'Chargement des appareils',
  devicesFailed: 'Impossible de charger les appareils.',
  retry: 'Réessayer',
  noOtherDevices: 'Aucun autre appareil n’est connecté.',
  devicesUnsupported: 'Ce fournisseur de connexion ne liste pas les appareils.',
  signedOutDevice: 'Déconnexion de {device} effectuée',
  signedOutOthers: 'Déconnexion de tous les autres appareils effectuée',
} satisfies AuthStrings);
