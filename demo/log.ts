// What the demo pages share: the event log (each sign-out event as one line, newest first) and
// the status line of the provider pages.
import type { AuthClient } from '../src/index.js';
export function logEvents(log: Element): void {
  for (const type of ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'] as const) {
    window.addEventListener(type, event => {
      const line = document.createElement('li');
      const { error, ...rest } = event.detail as { error?: Error };
      line.textContent = `${type} ${JSON.stringify(rest)}${error ? ` — ${error.message}` : ''}`;
      log.prepend(line);
    });
  }
}

/** Keeps `state` saying who is signed in with `client`, and hides the `.sign-in` controls while signed in. */
export function showState(
  client: AuthClient & { addListener(listener: () => void): () => void },
  state: Element,
): void {
  const render = () => {
    const user = client.session?.user;
    state.textContent =
      client.session === undefined ? 'Loading…' : user ? `Signed in as ${user.name} (${user.email})` : 'Signed out';
    for (const button of document.querySelectorAll<HTMLElement>('.sign-in')) button.hidden = !!user;
  };
  client.addListener(render);
  render();
}
