import { notify, registry } from '../core/registry.js';

/** Every key a locale can set. `{name}` is replaced by the account's display name. */
export interface AuthStrings {
  signOut: string;
  signingOut: string;
  signOutAll: string;
  openMenu: string;
  openMenuFor: string;
  manageAccount: string;
  addAccount: string;
  otherAccounts: string;
  loading: string;
  signIn: string;
  signingIn: string;
  // <auth-device-list>; `{browser}`, `{os}`, `{device}` and `{time}` are filled in.
  devices: string;
  thisDevice: string;
  deviceName: string;
  unknownDevice: string;
  signOutDevice: string;
  signOutOthers: string;
  signOutEverywhere: string;
  lastActive: string;
  loadingDevices: string;
  devicesFailed: string;
  retry: string;
  noOtherDevices: string;
  devicesUnsupported: string;
  signedOutDevice: string;
  signedOutOthers: string;
}

/** English, built in and complete; other locales override some or all keys. */
export const en: Readonly<AuthStrings> = {
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutAll: 'Sign out of all accounts',
  openMenu: 'Open account menu',
  openMenuFor: 'Open account menu for {name}',
  manageAccount: 'Manage account',
  addAccount: 'Add account',
  otherAccounts: 'Other accounts',
  loading: 'Loading account',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  devices: 'Signed-in devices',
  thisDevice: 'This device',
  deviceName: '{browser} on {os}',
  unknownDevice: 'Unknown device',
  signOutDevice: 'Sign out {device}',
  signOutOthers: 'Sign out of all other devices',
  signOutEverywhere: 'Sign out of all devices',
  lastActive: 'Last active {time}',
  loadingDevices: 'Loading devices',
  devicesFailed: 'Could not load the devices.',
  retry: 'Try again',
  noOtherDevices: 'No other device is signed in.',
  devicesUnsupported: 'This sign-in provider does not list devices.',
  signedOutDevice: 'Signed out of {device}',
  signedOutOthers: 'Signed out of all other devices',
};

/**
 * Registers (or extends) the strings of a locale: `setStrings('de', { signOut: 'Abmelden' })`.
 * Connected elements re-render. Strings render as text only.
 */
export function setStrings(locale: string, strings: Partial<AuthStrings>): void {
  const map = registry().strings;
  const tag = String(locale).toLowerCase();
  const own = { ...map.get(tag) };
  // Only strings: anything else could render as markup.
  for (const [key, value] of Object.entries(strings ?? {})) if (typeof value == 'string') own[key] = value;
  map.set(tag, own);
  notify();
}

type Own = Record<string, string> | undefined;
/** Merged strings by tag, with the registered objects they were merged from (replaced on every change). */
const merged = new Map<string, [Own, Own, Readonly<AuthStrings>]>();

/**
 * English, overridden by the primary language (`pt`), overridden by the full tag (`pt-br`). One
 * object per tag, shared by every element, until `setStrings` (of any copy of the package)
 * replaces what it was merged from.
 */
export function stringsFor(lang: string): Readonly<AuthStrings> {
  const map = registry().strings;
  const primary = map.get(lang.split('-')[0]!);
  const own = map.get(lang);
  const hit = merged.get(lang);
  if (hit && hit[0] == primary && hit[1] == own) return hit[2];
  const strings = { ...en, ...primary, ...own };
  merged.set(lang, [primary, own, strings]);
  return strings;
}

/**
 * The language `stringsFor(lang)` takes `key` from: `lang` when a locale registered for it or for
 * its primary language has the key, else English (so text formatted inside it speaks the same).
 */
export function languageOf(lang: string, key: keyof AuthStrings): string {
  const map = registry().strings;
  return (map.get(lang)?.[key] ?? map.get(lang.split('-')[0]!)?.[key]) ? lang : 'en';
}

/** Fills `{name}`-style placeholders from `values`' own keys (`{constructor}` stays as written). */
export const format = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
