// Arabic (Modern Standard) labels, every key of AuthStrings; the elements lay Arabic out right to
// left. A side-effect module: `import 'auth-elements/locales/ar'` (or dist/locales/ar.js /
// ar.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('ar', {
  signOut: 'تسجيل الخروج',
  signingOut: 'جارٍ تسجيل الخروج…',
  signOutAll: 'تسجيل الخروج من جميع الحسابات',
  openMenu: 'فتح قائمة الحساب',
  openMenuFor: 'فتح قائمة حساب {name}',
  manageAccount: 'إدارة الحساب',
  addAccount: 'إضافة حساب',
  otherAccounts: 'حسابات أخرى',
  loading: 'جارٍ تحميل الحساب',
  signIn: 'تسجيل الدخول',
  signingIn: 'جارٍ تسجيل الدخول…',
  devices: 'الأجهزة المسجَّل الدخول عليها',
  thisDevice: 'هذا الجهاز',
  deviceName: '{browser} على {os}',
  unknownDevice: 'جهاز غير معروف',
  signOutDevice: 'تسجيل الخروج من {device}',
  signOutOthers: 'تسجيل الخروج من جميع الأجهزة الأخرى',
  signOutEverywhere: 'تسجيل الخروج من جميع الأجهزة',
  lastActive: 'آخر نشاط {time}',
  loadingDevices: 'جارٍ تحميل الأجهزة',
  devicesFailed: 'تعذّر تحميل الأجهزة.',
  retry: 'إعادة المحاولة',
  noOtherDevices: 'لا يوجد جهاز آخر مسجَّل الدخول عليه.',
  devicesUnsupported: 'مزوّد تسجيل الدخول هذا لا يعرض الأجهزة.',
  signedOutDevice: 'تم تسجيل الخروج من {device}',
  signedOutOthers: 'تم تسجيل الخروج من جميع الأجهزة الأخرى',
} satisfies AuthStrings);
