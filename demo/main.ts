import '../src/define.js';
import { setAuth, setStrings } from '../src/index.js';
import { createPageClient } from './client.js';
import { logEvents } from './log.js';

setStrings('de', { signOut: 'Abmelden', signingOut: 'Wird abgemeldet…' });
setStrings('ar', { signOut: 'تسجيل الخروج', signingOut: 'جارٍ تسجيل الخروج…' });

const client = createPageClient();
setAuth(client);

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function render() {
  const session = client.session;
  $('#state').textContent = session
    ? `Signed in as ${session.user.name ?? session.user.username ?? session.user.email} — ${client.sessions.length} account(s) on this browser`
    : 'Signed out';
  const list = $('#sessions');
  list.replaceChildren(
    ...client.sessions.map(s => {
      const item = document.createElement('li');
      const button = document.createElement('auth-sign-out-button');
      button.sessionId = s.id;
      button.textContent = `Sign out ${s.user.email}`;
      item.append(button);
      return item;
    }),
  );
}
client.addListener(render);
render();

logEvents($('#log'));

$('#confirm').addEventListener('auth-sign-out', event => {
  if (!confirm('Sign out of every account on this browser?')) event.preventDefault();
});
$<HTMLInputElement>('#fail').addEventListener('change', e =>
  client.failNext((e.target as HTMLInputElement).checked ? 'The demo server said no (simulated failure)' : null),
);
$('#reset').addEventListener('click', () => client.reset());
window.addEventListener('auth-sign-out-error', () => ($<HTMLInputElement>('#fail').checked = false));
