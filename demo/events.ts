import '../src/define.js';
import { setAuth, type AuthEventMap } from '../src/index.js';
import type {} from '../src/global.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const checked = (selector: string) => $<HTMLInputElement>(selector).checked;

const types: (keyof AuthEventMap)[] = [
  'auth-sign-out',
  'auth-signed-out',
  'auth-sign-out-error',
  'auth-client-change',
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-manage-account',
  'auth-add-account',
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
];

const log = $('#log');
for (const type of types) {
  window.addEventListener(type, event => {
    const { error, ...rest } = (event as CustomEvent).detail as { error?: Error };
    const target = event.target instanceof Element ? `<${event.target.localName}>` : 'window';
    const line = document.createElement('li');
    line.textContent = `${type} on ${target}${event.cancelable ? ' (cancelable)' : ''} ${JSON.stringify(rest)}${
      error ? ` — ${error.message}` : ''
    }`;
    log.prepend(line);
  });
}

// Cancel before the log sees it: these listeners run at the target, the log on window.
document.addEventListener(
  'auth-sign-out',
  e => {
    if (checked('#cancel-sign-out')) e.preventDefault();
  },
  { capture: true },
);
document.addEventListener(
  'auth-session-switch',
  e => {
    if (checked('#cancel-switch')) e.preventDefault();
  },
  { capture: true },
);
for (const type of ['auth-manage-account', 'auth-add-account'] as const) {
  document.addEventListener(
    type,
    e => {
      if (checked('#cancel-nav')) {
        e.preventDefault();
        $('#navigated').textContent = `Canceled: would open ${e.detail.url ?? '(no URL)'}`;
      }
    },
    { capture: true },
  );
}

$<HTMLInputElement>('#fail').addEventListener('change', e =>
  client.failNext((e.target as HTMLInputElement).checked ? 'The demo server said no (simulated failure)' : null),
);
for (const type of ['auth-sign-out-error', 'auth-session-switch-error'] as const) {
  window.addEventListener(type, () => ($<HTMLInputElement>('#fail').checked = false));
}
$('#client').addEventListener('click', () => (window.Auth = client));
$('#reset').addEventListener('click', () => client.reset());
$('#clear').addEventListener('click', () => log.replaceChildren());
