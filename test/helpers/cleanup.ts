// Work undone after every test of the file that imports this module (a root-level mocha hook).
import { clearGlobalClient } from './client.js';

const cleanups: (() => void)[] = [];

/** Runs `fn` after the current test, last registered first. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

// Pages without mocha import the helpers too (the iframe fixture of the cross-tab tests).
if (typeof afterEach == 'function') {
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
    clearGlobalClient();
  });
}
