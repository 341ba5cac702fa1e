import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AuthDevice } from '../auth/types.js';
import { format, type AuthStrings } from '../i18n/strings.js';

// 24-unit outline glyphs in the text colour, like the menu's icons; the paths are this project's own.
const glyphs: Record<NonNullable<AuthDevice['deviceType']>, SVGTemplateResult> = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8M12 16v4"/>`,
  mobile: svg`<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18.5h2"/>`,
  tablet: svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M11 18h2"/>`,
  other: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"/>`,
};

/** The device's icon by type (`other` when unknown), hidden from assistive technology. */
// prettier-ignore
export const deviceIcon = (type: AuthDevice['deviceType']): TemplateResult =>
  html`<span part="device-icon" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" focusable="false">${glyphs[type ?? 'other']}</svg></span>`;

/** "Chrome on macOS", or what is known of it, else "Unknown device". */
export function deviceName({ browser, os }: AuthDevice, strings: Readonly<AuthStrings>): string {
  return browser && os ? format(strings.deviceName, { browser, os }) : (browser ?? os ?? strings.unknownDevice);
}

const formats = new Map<string, Intl.RelativeTimeFormat>();
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * `date` relative to `now` in `lang` ("5 minutes ago", "vor 5 Minuten", "now"), through
 * `Intl.RelativeTimeFormat` (English when the language is not a valid tag).
 */
export function relativeTime(date: string, lang: string, now = Date.now()): string {
  let rtf = formats.get(lang);
  if (!rtf) {
    try {
      rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    } catch {
      rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    formats.set(lang, rtf);
  }
  // A date ahead of this clock (another machine's clock, a provider's rounding) is "now", never "in 5 minutes".
  const seconds = Math.min(0, (Date.parse(date) - now) / 1000);
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  // Under a minute is "now": a clock a few seconds apart must not read "in 3 seconds".
  return rtf.format(unit == 'second' ? 0 : Math.trunc(seconds / size), unit);
}

export interface DeviceRowView {
  strings: Readonly<AuthStrings>;
  lang: string;
  busy: boolean;
  signOut(device: AuthDevice): void;
}

/**
 * One device: icon, name, "This device", location, IP address and last activity (all as text),
 * and, for another device, a "Sign out" button whose accessible name names the device.
 */
export function deviceRow(device: AuthDevice, view: DeviceRowView): TemplateResult {
  const { strings } = view;
  const name = deviceName(device, strings);
  const active =
    device.lastActiveAt && format(strings.lastActive, { time: relativeTime(device.lastActiveAt, view.lang) });
  const details = [device.location, device.ipAddress, active].filter(Boolean).join(' · ');
  const label = format(strings.signOutDevice, { device: device.location ? `${name}, ${device.location}` : name });
  const content = html`${deviceIcon(device.deviceType)}
    <span part="device-text">
      <span part="device-name">${name}</span>
      ${device.current ? html`<span part="badge">${strings.thisDevice}</span>` : nothing}
      ${details ? html`<span part="device-details">${details}</span>` : nothing}
    </span>
    ${device.current
      ? nothing
      : html`<button
          part="button sign-out"
          type="button"
          aria-label=${label}
          aria-disabled=${view.busy ? 'true' : nothing}
          @click=${() => view.signOut(device)}
        >
          ${strings.signOut}
        </button>`}`;
  // Literal parts (no expression), so the manifest check reads them.
  return device.current
    ? html`<li part="device current" data-session-id=${device.sessionId}>${content}</li>`
    : html`<li part="device" data-session-id=${device.sessionId}>${content}</li>`;
}
