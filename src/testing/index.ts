// `auth-elements/testing`: what the tests of a page that uses the elements need, and the adapter
// contract for your own auth client, free of side effects and of any test runner.
export {
  createMemoryClient,
  demoSessions,
  type MemoryAnswer,
  type MemoryClient,
  type MemoryClientOptions,
} from './memory-client.js';
export {
  adapterContract,
  checkAdapter,
  type AdapterHooks,
  type ContractCase,
  type ContractResult,
} from './contract.js';
