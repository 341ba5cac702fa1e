// React 19 renders the elements as they are: it sets a prop as a property when the element has
// one (`auth`), and an `on…` prop adds a listener for the event named by the rest of the prop,
// as written (`onauth-sign-out` listens to `auth-sign-out`; `onAuthSignOut` would listen to an
// event called `AuthSignOut`, which never comes).
import { StrictMode, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createMemoryClient } from 'auth-elements/testing';

// readme:start
import 'auth-elements/define';

function Account({ client, onEvent }) {
  return (
    <nav>
      <auth-user-button auth={client} show-name />
      <auth-sign-out-button auth={client} onauth-sign-out={onEvent} onauth-signed-out={onEvent} />
    </nav>
  );
}
// readme:end

const client = createMemoryClient();
const events = [];
let setShown;

function App() {
  const [shown, set] = useState(true);
  useLayoutEffect(() => void (setShown = set), []);
  return shown && <Account client={client} onEvent={event => events.push(event.type)} />;
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

window.harness = {
  name: 'react19',
  ready: rendered(),
  client,
  events,
  async toggle(times) {
    for (let i = 0; i < times; i++) {
      flushSync(() => setShown(false));
      flushSync(() => setShown(true));
      await rendered();
    }
  },
};
