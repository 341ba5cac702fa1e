// Debian's Chromium, as every test that drives it launches it (WTR, the Node browser tests).
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser-paths.mjs';

export const CHROMIUM_PATH = chromiumPath();

// As root Chromium needs --no-sandbox; the rest silence background traffic a closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** Launches headless Chromium through playwright-core (no browser download). */
export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
