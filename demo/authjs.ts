// Auth.js on the demo server (/auth): the Auth.js adapter over its REST API.
import '../src/define.js';
import { authjsClient } from '../src/adapters/authjs.js';
import { setAuth } from '../src/index.js';
import { logEvents } from './log.js';

const auth = authjsClient({ basePath: '/auth' });
setAuth(auth);

const state = document.querySelector('#state')!;
const render = () => {
  const user = auth.session?.user;
  state.textContent =
    auth.session === undefined ? 'Loading…' : user ? `Signed in as ${user.name} (${user.email})` : 'Signed out';
  for (const button of document.querySelectorAll<HTMLElement>('.sign-in')) button.hidden = !!user;
};
auth.addListener(render);
await auth.ready.catch(() => {});
render();

/** Auth.js signs in with a POST carrying its CSRF token, then redirects to the provider. */
async function signIn() {
  const { csrfToken } = (await (await fetch('/auth/csrf')).json()) as { csrfToken: string };
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = '/auth/signin/demo-op';
  for (const [name, value] of Object.entries({ csrfToken, callbackUrl: location.href })) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

for (const button of document.querySelectorAll('.sign-in')) button.addEventListener('click', () => void signIn());

logEvents(document.querySelector('#log')!);
