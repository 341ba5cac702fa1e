// Launchers for @web/test-runner over the browsers installed from Debian packages
// (scripts/install-browsers.sh); nothing is downloaded. Pick with BROWSERS=chromium,firefox,webkit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { firefoxPath, miniBrowserPath } from './browser-paths.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function exitAsError(child, what) {
  return new Promise((_, reject) => {
    child.once('error', e => reject(new Error(`cannot start ${what}: ${e.message}`)));
    child.once('exit', code => reject(new Error(`${what} exited early (code ${code})`)));
  });
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${url}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Xvfb on a free display (-displayfd), unless a display is already set. */
function startXvfb(children) {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  const ready = new Promise(resolve => {
    let out = '';
    xvfb.stdio[3].on('data', d => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  return Promise.race([ready, exitAsError(xvfb, 'Xvfb')]);
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
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    });
    this.children = [];
    // One test file at a time, whatever the run's concurrency (read by the test runner's scheduler).
    this.concurrency = 1;
    process.once('exit', () => this.killChildren());
  }

  killChildren() {
    for (const child of this.children.reverse())
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    this.children = [];
  }

  async initialize(config, testFiles) {
    const display = await startXvfb(this.children);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: process.env.WEBKIT_DRIVER_DEBUG ? 'inherit' : 'ignore',
    });
    this.children.push(driver);
    await Promise.race([waitForHttp(`http://127.0.0.1:${port}/status`, 15000), exitAsError(driver, 'WebKitWebDriver')]);
    this.options.port = port;
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
