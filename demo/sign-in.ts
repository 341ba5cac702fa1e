// Sign-up and sign-in forms against the demo's better-auth server. Afterwards the page goes back
// to `?next=` when that is a path on this site, else to the account menu page.
import '../src/define.js';
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import { betterAuthClient } from '../src/adapters/better-auth.js';
import { setAuth } from '../src/index.js';

const authClient = createAuthClient({ plugins: [multiSessionClient()] });
setAuth(betterAuthClient(authClient, { signInUrl: location.href }));

/**
 * `?next=` when it is a page of this origin (a path, or an absolute URL as the sign-in button's
 * `{redirect}` gives); anything else (other origins, `//host`, `javascript:`) is ignored.
 */
function next(): string {
  const wanted = new URLSearchParams(location.search).get('next') ?? '';
  const url = new URL(wanted || '/demo/user-button.html', location.origin);
  return wanted && url.origin == location.origin ? url.pathname + url.search + url.hash : '/demo/user-button.html';
}

const error = document.querySelector('#error')!;

function handle(form: HTMLFormElement, submit: (data: FormData) => Promise<{ error: { message?: string } | null }>) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    const button = form.querySelector('button')!;
    button.disabled = true;
    try {
      const result = await submit(new FormData(form));
      if (result.error) throw new Error(result.error.message ?? 'The server said no');
      location.assign(next());
    } catch (failure) {
      error.textContent = (failure as Error).message;
      button.disabled = false;
    }
  });
}

const text = (data: FormData, name: string) => String(data.get(name) ?? '');
handle(document.querySelector('#sign-up')!, data =>
  authClient.signUp.email({ name: text(data, 'name'), email: text(data, 'email'), password: text(data, 'password') }),
);
handle(document.querySelector('#sign-in')!, data =>
  authClient.signIn.email({ email: text(data, 'email'), password: text(data, 'password') }),
);
