// The demo pages' event log: each sign-out event as one line, newest first.
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
