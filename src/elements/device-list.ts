import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentOf, safely } from '../auth/client.js';
import { toTimeout } from '../auth/flight.js';
import { runSignOut } from '../auth/sign-out.js';
import { format } from '../i18n/strings.js';
import type { AuthDevice } from '../auth/types.js';
import { DevicesController, type DevicesState } from '../controllers/devices-controller.js';
import { ownsFocus } from '../controllers/selectors.js';
import { AuthElement } from './auth-element.js';
import { deviceRows } from './device-view.js';
import { styles } from './device-list.styles.js';
import { theme } from './theme.styles.js';

/**
 * Where the current user is signed in: each device with its browser, OS, location and last
 * activity, a "Sign out" button for every other device, and "Sign out of all other devices".
 *
 * @tagname auth-device-list
 * @summary The user's sessions on every device; sign out one, or every other one.
 *
 * @csspart list - The list of devices.
 * @csspart device - Each device's row; the current one also has the part `current`.
 * @csspart current - This device's row.
 * @csspart device-icon - The icon of the device's type (desktop, mobile, tablet, other).
 * @csspart device-text - The name, badge and details of a device.
 * @csspart device-name - "Chrome on macOS".
 * @csspart badge - "This device".
 * @csspart device-details - Location, IP address and last activity.
 * @csspart button - Every button: each `sign-out`, `sign-out-others` and `retry`.
 * @csspart sign-out - A device's "Sign out" button.
 * @csspart sign-out-others - "Sign out of all other devices" (shown when the client supports it).
 * @csspart retry - "Try again" after a failed load.
 * @csspart status - The loading, error, empty and unsupported messages.
 * @csspart spinner - The spinning ring of the loading message.
 *
 * @cssprop --auth-color-scheme - `light`, `dark` or `light dark` (default: the OS preference).
 * @cssprop --auth-accent - Focus ring and badge colour.
 * @cssprop --auth-surface - Background.
 * @cssprop --auth-text - Text colour.
 * @cssprop --auth-border - Border and separator colour.
 * @cssprop --auth-danger - Colour of the sign-out buttons' text.
 * @cssprop --auth-radius - Corner radius (default 8px).
 * @cssprop --auth-font - Font shorthand (default: inherited).
 * @cssprop --auth-icon-size - Size of the device icons (default 1.5rem).
 *
 * @fires {AuthSignOutEvent} auth-sign-out - Cancelable; a sign-out button was pressed.
 * @fires {AuthSignedOutEvent} auth-signed-out - A device (or every other one) was signed out.
 * @fires {AuthSignOutErrorEvent} auth-sign-out-error - A sign-out failed (`detail.code` says why).
 * @fires {AuthDeviceListErrorEvent} auth-device-list-error - Loading the devices failed.
 *
 * @cssstate busy - While a sign-out of this element's client runs.
 */
export class AuthDeviceList extends AuthElement {
  static override styles = [theme, styles];

  /**
   * Where to go after "Sign out of all other devices", vetted like every navigation. Default: none
   * (this device stays signed in). Signing out one other device never navigates.
   */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | null = null;

  readonly #devices = new DevicesController(
    this,
    () => this.client,
    () => toTimeout(this.timeout),
  );

  /** Loads the devices again; resolves once they are shown (or the load failed). */
  reload(): Promise<void> {
    return this.#devices.reload();
  }

  /**
   * What the last action did ("Signed out of Safari on iOS"), for the live region, with the list
   * it is about: said only while that list is shown, never about another load or account.
   */
  #said?: { text: string; list: readonly AuthDevice[] };

  protected override render(): TemplateResult {
    const session = safely(() => currentOf(this.client), null);
    if (session === null) return html``;
    // One live region, there (and empty) from the first render on: a screen reader announces
    // text set into it later, which it may not do for a region created already filled. It says
    // what the last action did, or that the first load failed (until a load is under way again).
    const { state, devices } = this.#devices;
    const said =
      state == 'error' && !devices.length
        ? this.locale.strings.devicesFailed
        : this.#said?.list == devices
          ? this.#said.text
          : '';
    return html`${this.#content(session, state, devices)}
      <p role="status">${said}</p>`;
  }

  #content(session: unknown, state: DevicesState, devices: readonly AuthDevice[]): TemplateResult {
    const { strings, lang } = this.locale;
    const client = this.client;
    if (state == 'unsupported') return this.#status(strings.devicesUnsupported);
    if (!client || session === undefined || state == 'loading')
      return this.#status(strings.loadingDevices, html`<span part="spinner" aria-hidden="true"></span>`);
    if (state == 'error' && !devices.length)
      return html`${this.#status(strings.devicesFailed)}
        <button part="button retry" type="button" @click=${this.#retry}>${strings.retry}</button>`;
    const busy = this.busy;
    const others = devices.some(device => !device.current);
    const supported = safely(() => client.supportsScope, undefined);
    return html`<ul part="list" tabindex="-1" aria-label=${strings.devices} dir=${this.locale.dir}>
        ${deviceRows(devices, { strings, lang, busy, signOut: this.#signOutDevice })}
      </ul>
      ${others ? nothing : this.#status(strings.noOtherDevices)}
      ${others && Array.isArray(supported) && supported.includes('others')
        ? html`<button
            part="button sign-out-others"
            type="button"
            aria-disabled=${busy ? 'true' : nothing}
            @click=${this.#signOutOthers}
          >
            ${strings.signOutOthers}
          </button>`
        : nothing}`;
  }

  /**
   * "Try again": the button goes with the error, so once the load settled, focus that had gone
   * with it moves to what replaced it: the list, or the button again after another failure.
   */
  #retry = async (): Promise<void> => {
    // Only focus that is the element's: not if the user went on to another field meanwhile.
    const ours = ownsFocus(this);
    await this.reload();
    await this.updateComplete;
    const { activeElement, body } = this.ownerDocument;
    if (ours && this.isConnected && (activeElement == body || !activeElement))
      this.renderRoot.querySelector<HTMLElement>('[part~=list], [part~=retry]')?.focus();
  };

  #status(text: string, before: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<p part="status" dir=${this.locale.dir}>${before}${text}</p>`;
  }

  #signOutDevice = (device: AuthDevice, name: string): Promise<void> =>
    this.#run('session', device.sessionId, format(this.locale.strings.signedOutDevice, { device: name }));

  #signOutOthers = (): Promise<void> => this.#run('others', null, this.locale.strings.signedOutOthers);

  /**
   * One sign-out through the shared flow (single flight with every sign-out control of the page:
   * while any runs, these buttons do nothing); the list reloads after it. When the focused button
   * went away with its device, focus moves to the list itself: never onto another device's "Sign
   * out", where a repeated Enter would sign that one out too. Once the list shows the result, the
   * live region says what was signed out (emptied first, so the same words are announced again).
   */
  async #run(scope: 'session' | 'others', sessionId: string | null, said: string): Promise<void> {
    if (this.busy) return;
    const focused = this.matches(':focus-within');
    const account = this.#devices.account;
    let done = false;
    // Signed out: the ended devices leave the list before the flight ends (their buttons with them).
    const mark = (): void => {
      done = true;
      if (this.#devices.account == account) this.#devices.ended(sessionId);
    };
    this.#said = undefined;
    this.addEventListener('auth-signed-out', mark);
    await runSignOut(this, {
      scope,
      sessionId,
      // Signing out another device never leaves the page.
      redirectUrl: scope == 'others' ? this.redirectUrl : '',
      timeout: toTimeout(this.timeout),
      confirm: true,
    });
    this.removeEventListener('auth-signed-out', mark);
    await this.#devices.reload();
    // Said of the list that shows the result, and only of this account's.
    if (done && this.#devices.account == account) this.#said = { text: said, list: this.#devices.devices };
    this.requestUpdate();
    await this.updateComplete;
    const { activeElement, body } = this.ownerDocument;
    if (focused && this.isConnected && (activeElement == body || !activeElement))
      this.renderRoot.querySelector<HTMLElement>('[part~="list"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-device-list': AuthDeviceList;
  }
}
