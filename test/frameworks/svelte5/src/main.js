// Mounts the Svelte 5 app and exposes the page contract the framework tests drive (window.harness).
import { mount, tick } from 'svelte';
import { createMemoryClient } from 'auth-elements/testing';
import App from './App.svelte';

const client = createMemoryClient();
/** @type {string[]} */
const events = [];

const app = mount(App, {
  target: document.getElementById('app'),
  props: { client, onauthevent: event => events.push(event.type) },
});

/** Resolves once both elements rendered their first update. */
async function ready() {
  await tick();
  const elements = document.querySelectorAll('auth-user-button, auth-sign-out-button');
  if (elements.length !== 2) throw new Error(`expected both elements, found ${elements.length}`);
  await Promise.all([...elements].map(element => element.updateComplete));
}

window.harness = {
  name: 'svelte5',
  ready: ready(),
  client,
  events,
  toggle: times => app.toggle(times),
};
