// React 19 renders the tags before they are defined (as when the elements come in a lazily
// loaded chunk): `auth` is no property of an unknown element yet, so React sets it as an
// attribute, "[object Object]", and each element warns "auth is a property" once defined. The
// client reaches them through `window.Auth` instead. Elements React creates after the definition
// get `auth` as a property again. Listeners (`onauth-sign-out`) work either way.
import { StrictMode, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createMemoryClient } from 'auth-elements/testing';

const client = createMemoryClient();
const events = [];
const onEvent = event => events.push(event.type);
let setShown;

function App() {
  const [shown, set] = useState(true);
  useLayoutEffect(() => void (setShown = set), []);
  return (
    shown && (
      <nav>
        <auth-user-button auth={client} show-name />
        <auth-sign-out-button auth={client} onauth-sign-out={onEvent} onauth-signed-out={onEvent} />
      </nav>
    )
  );
}

flushSync(() =>
  createRoot(document.getElementById('root')).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

const rendered = () =>
  Promise.all([...document.querySelectorAll('auth-user-button, auth-sign-out-button')].map(el => el.updateComplete));

// readme:start
import { setAuth } from 'auth-elements';

// The tags get defined after React rendered them: hand the client to every element.
await import('auth-elements/define');
setAuth(client);
// readme:end

window.harness = {
  name: 'react19-late',
  ready: rendered(),
  client,
  events,
  expectedWarnings: ['auth is a property'],
  definedLate: true,
  async toggle(times) {
    for (let i = 0; i < times; i++) {
      flushSync(() => setShown(false));
      flushSync(() => setShown(true));
      await rendered();
    }
  },
};
