// The Firebase Auth emulator (firebase-tools, from server/firebase-emulator/, installed there on
// first use so the main install stays small): offline, a `demo-` project id (no credentials, no
// network), the UI disabled, every port free and on loopback. Used by the end-to-end tests and
// `npm run start:firebase`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'firebase-emulator');
const cli = path.join(folder, 'node_modules', '.bin', 'firebase');

/** Installs firebase-tools into server/firebase-emulator/ from its lockfile, when missing. */
export function installFirebaseTools() {
  if (existsSync(cli)) return;
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('could not install firebase-tools into server/firebase-emulator/');
}

/** A port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the Auth emulator for `projectId` (must start with `demo-`) and resolves once it is
 * ready: `{ origin, projectId, close() }`. `close()` stops its whole process group.
 */
export async function startFirebaseEmulator({ projectId = 'demo-auth-elements', quiet = true, port } = {}) {
  if (!projectId.startsWith('demo-')) throw new Error('the emulator runs offline only for a demo- project id');
  installFirebaseTools();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'auth-elements-firebase-'));
  const ports = { auth: port || (await freePort()), hub: await freePort(), logging: await freePort() };
  const emulators = Object.fromEntries(
    Object.entries(ports).map(([name, value]) => [name, { port: value, host: '127.0.0.1' }]),
  );
  await writeFile(
    path.join(dir, 'firebase.json'),
    JSON.stringify({ emulators: { ...emulators, ui: { enabled: false }, singleProjectMode: true } }),
  );
  const child = spawn(cli, ['emulators:start', '--only', 'auth', '--project', projectId], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FIREBASE_CLI_DISABLE_UPDATE_CHECK: 'true', CI: 'true' },
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      const read = chunk => {
        output += chunk;
        if (!quiet) process.stdout.write(chunk);
        if (output.includes('All emulators ready')) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', code => reject(new Error(`the Firebase emulator exited (${code}):\n${output.slice(-2000)}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${ports.auth}`, projectId, close: stop };
}
