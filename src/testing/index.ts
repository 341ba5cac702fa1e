// Entry `auth-elements/testing`: helpers for your own tests. Nothing here defines an element.
export {
  adapterContract,
  checkAdapter,
  type AdapterHooks,
  type ContractCase,
  type ContractResult,
} from './contract.js';
