// Shared test helpers: the tests' auth client, cleanup after each test, recording events and
// warnings, the page as a user meets it, and waiting on conditions.
export * from './cleanup.js';
export * from './client.js';
export * from './dom.js';
export * from './events.js';
export * from './wait.js';
export * from './clock.js';
