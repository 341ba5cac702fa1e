// better-auth with the multiSession plugin on an embedded SQLite file (libSQL through Kysely).
// The demo and the end-to-end tests use this same instance.
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * Makes the data folder private to this user: the folder `0700`, every file in it `0600` (also
 * files an earlier version left readable). The database is created `0600` before SQLite opens it,
 * and SQLite gives its journal and WAL files the database's mode.
 */
function lockDown(dataDir, file) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  closeSync(openSync(file, 'a', 0o600));
  for (const entry of readdirSync(dataDir, { withFileTypes: true }))
    if (entry.isFile()) chmodSync(path.join(dataDir, entry.name), 0o600);
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
