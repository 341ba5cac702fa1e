// Auth.js (@auth/express) for the demo and the end-to-end tests: the demo's OpenID Provider is
// its OAuth provider, and sessions are database sessions in an SQLite file (libSQL through
// Kysely, @auth/kysely-adapter), so a sign-out deletes a row the tests can check. Mounted by
// server/app.mjs under /auth on the pages' origin (Auth.js's cookies belong to that origin).
import { lockDown } from './data-folder.mjs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import express from 'express';
import { ExpressAuth } from '@auth/express';
import { KyselyAdapter } from '@auth/kysely-adapter';
import { Kysely, sql } from 'kysely';
import { LibsqlDialect } from '@libsql/kysely-libsql';

/** Auth.js's client at the demo OpenID Provider (a confidential client: Auth.js runs on the server). */
export const AUTHJS_CLIENT = {
  client_id: 'auth-elements-authjs',
  client_secret: randomBytes(24).toString('base64url'),
};
export const AUTHJS_BASE = '/auth';
export const AUTHJS_PROVIDER = 'demo-op';

/** The callback URL Auth.js uses at the provider, for a page origin. */
export const authjsCallback = origin => `${origin}${AUTHJS_BASE}/callback/${AUTHJS_PROVIDER}`;

/** The tables of @auth/kysely-adapter, in SQLite (dates as ISO text). */
async function migrate(db) {
  await sql`create table if not exists "User" (id text primary key, name text, email text unique,
    "emailVerified" text, image text)`.execute(db);
  await sql`create table if not exists "Account" (id text primary key,
    "userId" text not null references "User"(id) on delete cascade, type text not null, provider text not null,
    "providerAccountId" text not null, refresh_token text, access_token text, expires_at integer,
    token_type text, scope text, id_token text, session_state text)`.execute(db);
  await sql`create table if not exists "Session" (id text primary key,
    "userId" text not null references "User"(id) on delete cascade, "sessionToken" text not null unique,
    expires text not null)`.execute(db);
  await sql`create table if not exists "VerificationToken" (identifier text not null, token text not null unique,
    expires text not null)`.execute(db);
}

/**
 * @param {{ issuer: string, dataDir: string }} options
 * @returns the request handler for `/auth/*`, the session rows (`sessions()`), and `close()`.
 */
export async function createAuthjs({ issuer, dataDir }) {
  const file = path.join(dataDir, 'authjs.db');
  lockDown(dataDir, file);
  const db = new Kysely({ dialect: new LibsqlDialect({ url: 'file:' + file }) });
  await migrate(db);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // Mounted at the base path: ExpressAuth takes its basePath from `req.baseUrl`.
  app.use(
    AUTHJS_BASE,
    ExpressAuth({
      secret: randomBytes(32).toString('base64url'),
      trustHost: true,
      adapter: KyselyAdapter(db),
      session: { strategy: 'database' },
      providers: [
        {
          id: AUTHJS_PROVIDER,
          name: 'the demo OpenID Provider',
          type: 'oidc',
          issuer,
          clientId: AUTHJS_CLIENT.client_id,
          clientSecret: AUTHJS_CLIENT.client_secret,
          authorization: { params: { scope: 'openid email profile' } },
        },
      ],
      callbacks: {
        // Auth.js's own answer plus the user's id (the adapter's session id); never the session
        // token or other row fields, which the database strategy passes in.
        session: ({ session, user }) => ({
          expires: session.expires,
          user: { id: user.id, name: user.name, email: user.email, image: user.image },
        }),
      },
    }),
  );
  return {
    handler: app,
    /** Every session row with its user's email. */
    sessions: () =>
      db
        .selectFrom('Session')
        .innerJoin('User', 'User.id', 'Session.userId')
        .select(['Session.id', 'Session.sessionToken', 'Session.userId', 'User.email'])
        .execute(),
    close: () => db.destroy(),
  };
}
