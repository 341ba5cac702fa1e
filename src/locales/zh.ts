// Simplified Chinese labels, every key of AuthStrings. A side-effect module: `import 'auth-elements/locales/zh'`
// (or dist/locales/zh.js / zh.iife.js by its own <script>) registers them; nothing is fetched.
import { setStrings, type AuthStrings } from '../i18n/strings.js';

setStrings('zh', {
  signOut: '退出登录',
  signingOut: '正在退出登录…',
  signOutAll: '退出所有账号',
  openMenu: '打开账号菜单',
  openMenuFor: '打开{name}的账号菜单',
  manageAccount: '管理账号',
  addAccount: '添加账号',
  otherAccounts: '其他账号',
  loading: '正在加载账号',
  signIn: '登录',
  signingIn: '正在登录…',
  devices: '已登录的设备',
  thisDevice: '此设备',
  deviceName: '{os} 上的 {browser}',
  unknownDevice: '未知设备',
  signOutDevice: '让 {device} 退出登录',
  signOutOthers: '在所有其他设备上退出登录',
  signOutEverywhere: '在所有设备上退出登录',
  lastActive: '上次活动：{time}',
  loadingDevices: '正在加载设备',
  devicesFailed: '无法加载设备。',
  retry: '重试',
  noOtherDevices: '没有其他已登录的设备。',
  devicesUnsupported: '此登录服务不提供设备列表。',
  signedOutDevice: '已让 {device} 退出登录',
  signedOutOthers: '已在所有其他设备上退出登录',
} satisfies AuthStrings);
