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
} satisfies AuthStrings);
