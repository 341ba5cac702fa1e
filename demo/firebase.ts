// Firebase Auth against the emulator that `npm run start:firebase` runs: firebase/auth plus the
// Firebase adapter.
import '../src/define.js';
import { initializeApp } from '@firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  signInWithEmailAndPassword,
} from '@firebase/auth';
import { firebaseClient } from '../src/adapters/firebase.js';
import { setAuth } from '../src/index.js';
import { logEvents } from './log.js';

const state = document.querySelector('#state')!;
const form = document.querySelector<HTMLFormElement>('#sign-in')!;
const config = (await (await fetch('/firebase.json')).json()) as { emulator: string; projectId: string } | null;
if (!config) {
  state.textContent = 'The Firebase emulator is not running: start the demo with npm run start:firebase.';
  form.hidden = true;
} else {
  const { emulator, projectId } = config;
  const app = initializeApp({ apiKey: 'demo-api-key', projectId, authDomain: `${projectId}.firebaseapp.com` });
  const auth = getAuth(app);
  connectAuthEmulator(auth, emulator, { disableWarnings: true });
  const client = firebaseClient(auth);
  setAuth(client);

  const render = () => {
    const user = client.session?.user;
    state.textContent = client.session === undefined ? 'Loading…' : user ? `Signed in as ${user.email}` : 'Signed out';
    form.hidden = !!user;
  };
  client.addListener(render);
  await client.ready.catch(() => {});
  render();

  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const [email, password] = [String(data.get('email')), String(data.get('password'))];
    signInWithEmailAndPassword(auth, email, password)
      .catch(() => createUserWithEmailAndPassword(auth, email, password))
      .catch((error: Error) => (state.textContent = `Sign-in failed: ${error.message}`));
  });
}

logEvents(document.querySelector('#log')!);
