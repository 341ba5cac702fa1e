import type { AuthDeviceList } from '../../src/index.js';
import { Harness } from './harness.js';

/** `<auth-device-list>` as a user meets it. */
export class DeviceListHarness extends Harness<AuthDeviceList> {
  /** Each device's row, in display order. */
  rows(): HTMLElement[] {
    return [...this.shadow.querySelectorAll<HTMLElement>('[part~="device"]')];
  }

  /** The row of the device with this session id. */
  row(sessionId: string): HTMLElement | null {
    return this.rows().find(row => row.dataset.sessionId == sessionId) ?? null;
  }

  /** The visible name of every device, in order. */
  names(): string[] {
    return this.rows().map(row => row.querySelector('[part~="device-name"]')!.textContent!.trim());
  }

  /** The "Sign out" button of a device, or null (the current device has none). */
  signOutButton(sessionId: string): HTMLButtonElement | null {
    return this.row(sessionId)?.querySelector<HTMLButtonElement>('[part~="sign-out"]') ?? null;
  }

  /** "Sign out of all other devices", or null when not shown. */
  othersButton(): HTMLButtonElement | null {
    return this.shadow.querySelector<HTMLButtonElement>('[part~="sign-out-others"]');
  }

  retryButton(): HTMLButtonElement | null {
    return this.shadow.querySelector<HTMLButtonElement>('[part~="retry"]');
  }

  /** The text of the status line (loading, error, empty, unsupported), or null. */
  status(): string | null {
    return this.shadow.querySelector('[part~="status"]')?.textContent?.trim() ?? null;
  }

  /** The live region that says what the last sign-out ended (null only when nothing is rendered). */
  liveRegion(): HTMLElement | null {
    return this.shadow.querySelector<HTMLElement>('[role="status"]');
  }

  /** The accessible name of every "Sign out" button, in order. */
  signOutNames(): string[] {
    return [...this.shadow.querySelectorAll('[part~="sign-out"]')].map(button => button.getAttribute('aria-label')!);
  }

  /** The text of the details line of a device (location · IP · last active). */
  details(sessionId: string): string {
    return this.row(sessionId)?.querySelector('[part~="device-details"]')?.textContent?.trim() ?? '';
  }

  /** Whether the list is showing devices (not loading, failed or unsupported). */
  ready(): boolean {
    return !!this.shadow.querySelector('[part~="list"]');
  }
}

const harnesses = new WeakMap<AuthDeviceList, DeviceListHarness>();

/** The harness of `el` (one per element). */
export function deviceList(el: AuthDeviceList): DeviceListHarness {
  let harness = harnesses.get(el);
  if (!harness) harnesses.set(el, (harness = new DeviceListHarness(el)));
  return harness;
}
