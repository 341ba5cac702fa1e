// Mounts the Vue 3 app and exposes the page contract the framework tests drive (window.harness).
import { createApp, nextTick } from 'vue';
import { createMemoryClient } from 'auth-elements/testing';
import App from './App.vue';

const client = createMemoryClient();
/** @type {string[]} */
const events = [];

const app = createApp(App, { client, onAuthEvent: event => events.push(event.type) });
const root = app.mount('#app');

/** Resolves once both elements rendered their first update. */
async function ready() {
  await nextTick();
  const elements = document.querySelectorAll('auth-user-button, auth-sign-out-button');
  if (elements.length !== 2) throw new Error(`expected both elements, found ${elements.length}`);
  await Promise.all([...elements].map(element => element.updateComplete));
}

window.harness = {
  name: 'vue3',
  ready: ready(),
  client,
  events,
  toggle: times => root.toggle(times),
};
