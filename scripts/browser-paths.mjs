// Where the tests find the browsers installed from Debian packages (scripts/install-browsers.sh),
// and which of them are missing. No dependencies: `npm test` checks this before anything else.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const chromiumPath = (env = process.env) => env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = (env = process.env) => env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** WebKitGTK's MiniBrowser, shipped by libwebkit2gtk (a dependency of webkit2gtk-driver). */
export function miniBrowserPath(env = process.env) {
  if (env.MINIBROWSER_PATH) return env.MINIBROWSER_PATH;
  let triplets = [];
  try {
    triplets = readdirSync('/usr/lib').filter(d => d.endsWith('-linux-gnu'));
  } catch {
    // no /usr/lib
  }
  for (const triplet of triplets) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const file = `/usr/lib/${triplet}/${api}/MiniBrowser`;
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/** Whether `command` is an executable file in one of `env.PATH`'s folders. */
export function onPath(command, env = process.env) {
  return (env.PATH ?? '').split(path.delimiter).some(dir => {
    try {
      accessSync(path.join(dir || '.', command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const executable = file => {
  try {
    return !!file && (accessSync(file, constants.X_OK), true);
  } catch {
    return false;
  }
};

/** What each browser needs: `[what, found]` pairs. WebKit also needs its driver, and Xvfb without a display. */
const needs = {
  chromium: env => [[chromiumPath(env), executable(chromiumPath(env))]],
  firefox: env => [[firefoxPath(env), executable(firefoxPath(env))]],
  webkit: env => [
    [miniBrowserPath(env) ?? 'MiniBrowser', executable(miniBrowserPath(env))],
    ['WebKitWebDriver', onPath('WebKitWebDriver', env)],
    ...(env.DISPLAY ? [] : [['Xvfb', onPath('Xvfb', env)]]),
  ],
};

/** What is missing for `browsers` (names: chromium, firefox, webkit), as `name: what` strings. */
export function missingBrowsers(browsers, env = process.env) {
  return browsers.flatMap(name =>
    (needs[name]?.(env) ?? [[`unknown browser`, false]])
      .filter(([, found]) => !found)
      .map(([what]) => `${name}: ${what}`),
  );
}
