// Korean labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/ko'`
// (or dist/locales/ko.js / ko.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('ko', {
  signOut: '로그아웃',
  signingOut: '로그아웃 중…',
  signOutAll: '모든 계정에서 로그아웃',
  openMenu: '계정 메뉴 열기',
  openMenuFor: '{name}님의 계정 메뉴 열기',
  manageAccount: '계정 관리',
  addAccount: '계정 추가',
  otherAccounts: '다른 계정',
  loading: '계정을 불러오는 중',
  signIn: '로그인',
} satisfies AuthStrings);
