import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AuthDevice } from '../auth/types.js';
import { repeat } from 'lit/directives/repeat.js';
import { format, languageOf, type AuthStrings } from '../i18n/strings.js';

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

/** Text from the provider, isolated: its direction cannot reorder the text around it. */
const bdi = (text?: string): unknown => text && html`<bdi>${text}</bdi>`;

/** `template` with `{browser}` and `{os}` each in `<bdi>`. */
const isolated = (template: string, values: Record<string, string>): unknown[] =>
  template.split(/\{(browser|os)\}/).map((part, i) => (i % 2 ? bdi(values[part]) : part));

/**
 * "Chrome on macOS", or what is known of it, else "Unknown device": as a string (`format`), or
 * with browser and OS each in `<bdi>` (`isolated`).
 */
function deviceName<T>(
  { browser, os }: AuthDevice,
  strings: Readonly<AuthStrings>,
  fill: (t: string, v: Record<string, string>) => T,
): T {
  const template = browser && os ? strings.deviceName : browser ? '{browser}' : os ? '{os}' : strings.unknownDevice;
  return fill(template, { browser: browser!, os: os! });
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
 * `Intl.RelativeTimeFormat` (in the tag's primary language when the whole tag is not valid, in
 * English when neither is).
 */
export function relativeTime(date: string, lang: string, now = Date.now()): string {
  let rtf = formats.get(lang);
  // A tag not valid as a whole (`de-!!`): its language, as the strings chose; else English.
  if (!rtf)
    for (const tag of [lang, lang.split('-')[0]!, 'en'])
      try {
        rtf ??= new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
      } catch {
        // the next one
      }
  formats.set(lang, rtf!);
  // A date ahead of this clock (another machine's clock, a provider's rounding) is "now", never "in 5 minutes".
  const seconds = Math.min(0, (Date.parse(date) - now) / 1000);
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  // Under a minute is "now": a clock a few seconds apart must not read "in 3 seconds".
  return rtf!.format(unit == 'second' ? 0 : Math.trunc(seconds / size), unit);
}

export interface DeviceRowView {
  strings: Readonly<AuthStrings>;
  lang: string;
  busy: boolean;
  signOut(device: AuthDevice, name: string): void;
}

/** "Last active 5 minutes ago", the time in the language the label comes from. */
const lastActive = ({ lastActiveAt }: AuthDevice, { strings, lang }: DeviceRowView): string | undefined =>
  lastActiveAt && format(strings.lastActive, { time: relativeTime(lastActiveAt, languageOf(lang, 'lastActive')) });

/**
 * The name of each other device in its "Sign out" button: "Safari on iOS, Paris", then its IP
 * address, then its last activity, only as far as needed to tell it from the other devices; a
 * number, "(2)", when even those are the same.
 */
function signOutNames(devices: readonly AuthDevice[], view: DeviceRowView): Map<string, string> {
  const others = devices.filter(device => !device.current);
  const tiers = others.map(device => {
    const parts = [
      deviceName(device, view.strings, format),
      device.location,
      device.ipAddress,
      lastActive(device, view),
    ];
    return [2, 3, 4].map(n => parts.slice(0, n).filter(Boolean).join(', '));
  });
  // How many devices share each name of each tier, counted once (not per device: a long list).
  const count = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1).get(name)!;
  const shared = [0, 1, 2].map(k =>
    tiers.reduce((map, tier) => (count(map, tier[k]!), map), new Map<string, number>()),
  );
  const numbered = new Map<string, number>();
  return new Map(
    others.map((device, i) => {
      const [, , full] = tiers[i]!;
      const name = tiers[i]!.find((name, k) => shared[k]!.get(name)! < 2) ?? `${full} (${count(numbered, full!)})`;
      return [device.sessionId, name];
    }),
  );
}

/**
 * Every device: icon, name, "This device", location, IP address and last activity (all as text,
 * the provider's fields each in `<bdi>` so that no mix of directions reorders a row), and, for
 * another device, a "Sign out" button whose accessible name tells it from every other device.
 */
export function deviceRows(devices: readonly AuthDevice[], view: DeviceRowView): unknown {
  const { strings } = view;
  const names = signOutNames(devices, view);
  const row = (device: AuthDevice): TemplateResult => {
    const name = names.get(device.sessionId)!;
    const details = [bdi(device.location), bdi(device.ipAddress), lastActive(device, view)].filter(Boolean);
    const content = html`${deviceIcon(device.deviceType)}
      <span part="device-text">
        <span part="device-name">${deviceName(device, strings, isolated)}</span>
        ${device.current ? html`<span part="badge">${strings.thisDevice}</span>` : nothing}
        ${details.length
          ? html`<span part="device-details">${details.map((item, i) => [i ? ' · ' : '', item])}</span>`
          : nothing}
      </span>
      ${device.current
        ? nothing
        : html`<button
            part="button sign-out"
            type="button"
            aria-label=${format(strings.signOutDevice, { device: name })}
            aria-disabled=${view.busy ? 'true' : nothing}
            @click=${() => view.signOut(device, name)}
          >
            ${strings.signOut}
          </button>`}`;
    // Literal parts (no expression), so the manifest check reads them.
    return device.current
      ? html`<li part="device current" data-session-id=${device.sessionId}>${content}</li>`
      : html`<li part="device" data-session-id=${device.sessionId}>${content}</li>`;
  };
  // Keyed: a signed-out device's row goes with its button, and no other row takes its focus.
  return repeat(devices, device => device.sessionId, row);
}
