// better-auth with the multiSession plugin on an embedded SQLite file (libSQL through Kysely).
// The demo and the end-to-end tests use this same instance.
import { readFileSync, writeFileSync } from 'node:fs';
import { lockDown } from './data-folder.mjs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Kysely } from 'kysely';
import { LibsqlDialect } from '@libsql/kysely-libsql';
import { betterAuth } from 'better-auth';
import { multiSession } from 'better-auth/plugins';
import { toNodeHandler } from 'better-auth/node';
import { getMigrations } from 'better-auth/db/migration';

/** The secret that signs session cookies: from the environment, else made once and kept in the data folder. */
function secret(dataDir) {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir, 'secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const made = randomBytes(32).toString('base64url');
    writeFileSync(file, made + '\n', { mode: 0o600 });
    return made;
  }
}

/**
 * @param {{ origin: string, origins: string[], dataDir: string }} options
 *   `origin` is the page origin (better-auth's baseURL); `origins` every origin the pages may be
 *   opened from (the same server as 127.0.0.1 and localhost).
 */
export async function createBetterAuth({ origin, origins, dataDir }) {
  const file = path.join(dataDir, 'auth.db');
  lockDown(dataDir, file);
  const db = new Kysely({ dialect: new LibsqlDialect({ url: 'file:' + file }) });
  const auth = betterAuth({
    appName: 'auth-elements demo',
    baseURL: origin,
    basePath: '/api/auth',
    secret: secret(dataDir),
    trustedOrigins: origins,
    database: { db, type: 'sqlite' },
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: 8 },
    // better-auth lists a user's sessions (the device list) only for a session younger than
    // `freshAge` (1 day by default); the demo keeps its database from one day to the next.
    session: { freshAge: 0 },
    plugins: [multiSession({ maximumSessions: 5 })],
    telemetry: { enabled: false },
  });
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return {
    auth,
    db,
    file,
    handler: toNodeHandler(auth),
    /** Every session row: what the tests check after each sign-out. */
    sessions: () => db.selectFrom('session').select(['id', 'userId', 'token']).execute(),
    users: () => db.selectFrom('user').select(['id', 'email', 'name']).execute(),
    close: () => db.destroy(),
  };
}
