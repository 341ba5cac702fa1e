// `auth-elements/testing`: what the tests of a page that uses the elements need, free of side
// effects and of any test runner.
export {
  createMemoryClient,
  demoSessions,
  type MemoryAnswer,
  type MemoryClient,
  type MemoryClientOptions,
} from './memory-client.js';
