// Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser on an Xvfb display, as the browser tests
// (scripts/wtr-browsers.mjs) and the end-to-end tests (test/e2e/drivers.mjs) start it.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { miniBrowserPath } from './browser-paths.mjs';

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

/**
 * Starts Xvfb (without a display) and WebKitWebDriver on a free port, pushing both processes to
 * `children` (the caller stops them), and resolves with the driver's port once it answers.
 */
export async function startWebKitDriver(children) {
  const display = await startXvfb(children);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: process.env.WEBKIT_DRIVER_DEBUG ? 'inherit' : 'ignore',
  });
  children.push(driver);
  await Promise.race([waitForHttp(`http://127.0.0.1:${port}/status`, 15000), exitAsError(driver, 'WebKitWebDriver')]);
  return port;
}

/** Stops the processes `startWebKitDriver` started, the driver first. */
export function stopChildren(children) {
  for (const child of children.splice(0).reverse())
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** The WebDriver capabilities of a MiniBrowser session, over WebDriver classic. */
export const webKitCapabilities = (binary = miniBrowserPath()) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary, args: ['--automation'] },
});
