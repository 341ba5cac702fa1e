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
  signingIn: 'ログインしています…',
  devices: 'ログイン中のデバイス',
  thisDevice: 'このデバイス',
  deviceName: '{os} の {browser}',
  unknownDevice: '不明なデバイス',
  signOutDevice: '{device} からログアウト',
  signOutOthers: '他のすべてのデバイスからログアウト',
  signOutEverywhere: 'すべてのデバイスからログアウト',
  lastActive: '最終アクティブ: {time}',
  loadingDevices: 'デバイスを読み込み中',
  devicesFailed: 'デバイスを読み込めませんでした。',
  retry: '再試行',
  noOtherDevices: 'ほかにログイン中のデバイスはありません。',
  devicesUnsupported: 'このログインサービスはデバイスの一覧を提供していません。',
  signedOutDevice: '{device} からログアウトしました',
  signedOutOthers: '他のすべてのデバイスからログアウトしました',
} satisfies AuthStrings);
