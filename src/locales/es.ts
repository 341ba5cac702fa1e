// Spanish labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/es'`
// (or dist/locales/es.js / es.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('es', {
  signOut: 'Cerrar sesión',
  signingOut: 'Cerrando sesión…',
  signOutAll: 'Cerrar sesión en todas las cuentas',
  openMenu: 'Abrir el menú de la cuenta',
  openMenuFor: 'Abrir el menú de la cuenta de {name}',
  manageAccount: 'Administrar cuenta',
  addAccount: 'Añadir cuenta',
  otherAccounts: 'Otras cuentas',
  loading: 'Cargando cuenta',
  signIn: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  devices: 'Dispositivos con sesión iniciada',
  thisDevice: 'Este dispositivo',
  deviceName: '{browser} en {os}',
  unknownDevice: 'Dispositivo desconocido',
  signOutDevice: 'Cerrar sesión en {device}',
  signOutOthers: 'Cerrar sesión en todos los demás dispositivos',
  signOutEverywhere: 'Cerrar sesión en todos los dispositivos',
  lastActive: 'Última actividad {time}',
  loadingDevices: 'Cargando dispositivos',
  devicesFailed: 'No se pudieron cargar los dispositivos.',
  retry: 'Reintentar',
  noOtherDevices: 'Ningún otro dispositivo tiene la sesión iniciada.',
  devicesUnsupported: 'Este proveedor de inicio de sesión no muestra los dispositivos.',
  signedOutDevice: 'Sesión cerrada en {device}',
  signedOutOthers: 'Sesión cerrada en todos los demás dispositivos',
} satisfies AuthStrings);
