// The installs of their own that later steps of `npm test` need: the framework apps and the type
// checks (the `node` step), the Firebase Auth emulator (the `e2e` step). Each is `npm ci` in its
// folder when its node_modules is missing or older than its lock. On a fresh clone they take
// minutes of downloading, so `npm test` starts them in the background at once, one at a time and
// at the lowest CPU priority, and the steps that need them wait for them. A failed install here
// is only reported: the step installs again itself, and fails there with the reason.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { install, installed } from '../test/frameworks/common/apps.mjs';
import { onPath } from './browser-paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const frameworks = join(root, 'test', 'frameworks');

/** The folders each step installs into, in the order the step uses them. */
export function foldersFor(step) {
  if (step == 'e2e') return [join(root, 'server', 'firebase-emulator')];
  if (step != 'node') return [];
  const apps = readdirSync(frameworks, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(join(frameworks, entry.name, 'package-lock.json')))
    .map(entry => join(frameworks, entry.name))
    .sort();
  return [join(root, 'test', 'types'), ...apps];
}

/**
 * Installs the folders of `steps`, one folder after another; returns one promise per step that
 * resolves (never rejects) once that step's folders are done, so a step waits only for its own.
 */
export function prefetch(steps, log = console.log) {
  let chain = Promise.resolve();
  const done = {};
  for (const step of steps) {
    chain = chain.then(async () => {
      try {
        const folders = foldersFor(step).filter(dir => !installed(dir));
        if (folders.length) log(`Installing in the background: ${folders.map(name).join(', ')}`);
        for (const dir of folders) await install(dir, { nice: onPath('nice') });
      } catch (error) {
        log(`A background install failed (the ${step} step will install again): ${error.message.split('\n')[0]}`);
      }
    });
    done[step] = chain;
  }
  return done;
}

const name = dir => dir.slice(root.length);
