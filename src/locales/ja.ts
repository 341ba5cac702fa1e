// Japanese labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/ja'`
// (or dist/locales/ja.js / ja.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('ja', {
  signOut: 'ログアウト',
  signingOut: 'ログアウト中…',
  signOutAll: 'すべてのアカウントからログアウト',
  openMenu: 'アカウントメニューを開く',
  openMenuFor: '{name}のアカウントメニューを開く',
  manageAccount: 'アカウントを管理',
  addAccount: 'アカウントを追加',
  otherAccounts: '他のアカウント',
  loading: 'アカウントを読み込み中',
  signIn: 'ログイン',
} satisfies AuthStrings);
