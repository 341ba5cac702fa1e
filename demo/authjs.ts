// Auth.js on the demo server (/auth): the Auth.js adapter over its REST API.
import '../src/define.js';
import { authjsClient } from '../src/adapters/authjs.js';
import { setAuth } from '../src/index.js';
import { logEvents, showState } from './log.js';

const auth = authjsClient({ basePath: '/auth' });
setAuth(auth);

const state = document.querySelector('#state')!;
showState(auth, state);
await auth.ready.catch(() => {});

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
