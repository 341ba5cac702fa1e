// The shared test helpers live in test/helpers/; this module keeps `./helpers.js` imports working.
export * from './helpers/index.js';
