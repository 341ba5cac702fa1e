// Work undone after every test of the file that imports this module (a root-level mocha hook).
import { clearGlobalClient } from './client.js';

const cleanups: (() => void)[] = [];

/** Runs `fn` after the current test, last registered first. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  clearGlobalClient();
});
