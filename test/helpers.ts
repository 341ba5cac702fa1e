// Older imports of `./helpers.js`: the shared test helpers live in test/helpers/.
export * from './helpers/index.js';
