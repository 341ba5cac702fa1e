// Portuguese labels, every key of AuthStrings, in wording common to Brazil and Portugal. A
// side-effect module: `import 'auth-elements/locales/pt'` (or dist/locales/pt.js / pt.iife.js by
// its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('pt', {
  signOut: 'Sair',
  signingOut: 'Saída em curso…',
  signOutAll: 'Sair de todas as contas',
  openMenu: 'Abrir o menu da conta',
  openMenuFor: 'Abrir o menu da conta de {name}',
  manageAccount: 'Administrar conta',
  addAccount: 'Adicionar conta',
  otherAccounts: 'Outras contas',
  loading: 'Carregamento da conta',
  signIn: 'Entrar',
  signingIn: 'Entrada em curso…',
  devices: 'Dispositivos com sessão iniciada',
  thisDevice: 'Este dispositivo',
  deviceName: '{browser} em {os}',
  unknownDevice: 'Dispositivo desconhecido',
  signOutDevice: 'Sair de {device}',
  signOutOthers: 'Sair de todos os outros dispositivos',
  signOutEverywhere: 'Sair de todos os dispositivos',
  lastActive: 'Última atividade {time}',
  loadingDevices: 'Carregamento dos dispositivos',
  devicesFailed: 'Não foi possível carregar os dispositivos.',
  retry: 'Tentar novamente',
  noOtherDevices: 'Nenhum outro dispositivo tem sessão iniciada.',
  devicesUnsupported: 'Este serviço de início de sessão não lista dispositivos.',
  signedOutDevice: 'Sessão terminada em {device}',
  signedOutOthers: 'Sessão terminada em todos os outros dispositivos',
} satisfies AuthStrings);
