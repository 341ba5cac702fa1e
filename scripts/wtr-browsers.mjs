// Launchers for @web/test-runner over the browsers installed from Debian packages
// (scripts/install-browsers.sh); nothing is downloaded. Pick with BROWSERS=chromium,firefox,webkit.
import { existsSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { firefoxPath, miniBrowserPath } from './browser-paths.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startWebKitDriver, stopChildren, webKitCapabilities } from './webkit-driver.mjs';

export const FIREFOX_PATH = firefoxPath();

function need(path, hint) {
  if (!path || !existsSync(path))
    throw new Error(`${path ?? 'browser'} not found: run scripts/install-browsers.sh (${hint})`);
}

function chromium() {
  need(CHROMIUM_PATH, 'or set CHROMIUM_PATH');
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
  });
}

// Playwright cannot drive Debian's Firefox; puppeteer-core can, over WebDriver BiDi. One test file
// at a time: its pages share one profile, so parallel files would hear each other's cross-tab
// messages (one BroadcastChannel per origin) and take focus from each other.
function firefox() {
  need(FIREFOX_PATH, 'or set FIREFOX_PATH');
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
  });
  launcher.concurrency = 1;
  return launcher;
}

/** MiniBrowser through Debian's WebKitWebDriver on Xvfb, both started and stopped here. */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    const binary = miniBrowserPath();
    need(binary, 'webkit2gtk-driver, or set MINIBROWSER_PATH');
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'warn',
      capabilities: webKitCapabilities(binary),
    });
    this.children = [];
    // One test file at a time, whatever the run's concurrency (read by the test runner's scheduler).
    this.concurrency = 1;
    process.once('exit', () => this.killChildren());
  }

  killChildren() {
    stopChildren(this.children);
  }

  async initialize(config, testFiles) {
    this.options.port = await startWebKitDriver(this.children);
    // The driver manager runs files in one session (not in parallel iframes) only at concurrency 1.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }
}

const launchers = { chromium, firefox, webkit: () => new WebKitGtkLauncher() };

/** BROWSERS=chromium,firefox,webkit (the default: all three). */
export function browsersFromEnv(list = process.env.BROWSERS ?? 'chromium,firefox,webkit') {
  return list
    .split(',')
    .map(name => name.trim())
    .filter(Boolean)
    .map(name => {
      if (!launchers[name]) throw new Error(`unknown browser "${name}" (use ${Object.keys(launchers).join(', ')})`);
      return launchers[name]();
    });
}
