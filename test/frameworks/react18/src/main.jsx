// React 18 sets every prop of a custom element as an attribute and knows no custom events: the
// `auth-elements/react` components (made with @lit/react) set `auth` as a property and turn
// `onAuthSignOut` and the like into listeners. Their first render defines the tags.
import { StrictMode, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createMemoryClient } from 'auth-elements/testing';

// readme:start
import { SignOutButton, UserButton } from 'auth-elements/react';

function Account({ client, onEvent }) {
  return (
    <nav>
      <UserButton auth={client} showName />
      <SignOutButton auth={client} onAuthSignOut={onEvent} onAuthSignedOut={onEvent} />
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
  name: 'react18',
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
