export * from './harness.js';
export * from './sign-out-button.js';
export * from './user-button.js';
export * from './companions.js';
export * from './device-list.js';
