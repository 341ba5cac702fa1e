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
  signingIn: '로그인 중…',
  devices: '로그인된 기기',
  thisDevice: '이 기기',
  deviceName: '{os}의 {browser}',
  unknownDevice: '알 수 없는 기기',
  signOutDevice: '{device}에서 로그아웃',
  signOutOthers: '다른 모든 기기에서 로그아웃',
  signOutEverywhere: '모든 기기에서 로그아웃',
  lastActive: '마지막 활동: {time}',
  loadingDevices: '기기를 불러오는 중',
  devicesFailed: '기기를 불러올 수 없습니다.',
  retry: '다시 시도',
  noOtherDevices: '로그인된 다른 기기가 없습니다.',
  devicesUnsupported: '이 로그인 서비스는 기기 목록을 제공하지 않습니다.',
  signedOutDevice: '{device}에서 로그아웃했습니다',
  signedOutOthers: '다른 모든 기기에서 로그아웃했습니다',
} satisfies AuthStrings);
