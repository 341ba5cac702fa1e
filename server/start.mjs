// `npm start`: the demo on loopback against the real backend. Ctrl-C stops everything.
//   PORT (default 5173)     the demo pages and better-auth (/api/auth)
//   OP_PORT (default 5174)  the OpenID Provider
//   AUTH_DATA_DIR           where the SQLite files and the cookie secret live (default
//                           $XDG_STATE_HOME/auth-elements-demo or ~/.local/state/auth-elements-demo)
//   FIREBASE_EMULATOR=1     also run the Firebase Auth emulator (`npm run start:firebase`)
import path from 'node:path';
import { defaultDataDir, startDemoServer } from './app.mjs';
import { startFirebaseEmulator } from './firebase-emulator.mjs';

const port = Number(process.env.PORT ?? 5173);
const opPort = Number(process.env.OP_PORT ?? 5174);
const dataDir = defaultDataDir();

let server;
let firebase;
try {
  // `npm run start:firebase`: the Firebase Auth emulator too (installed on first use, ~3 min).
  if (process.env.FIREBASE_EMULATOR) firebase = await startFirebaseEmulator({ quiet: true });
  server = await startDemoServer({ port, opPort, dataDir, firebase });
} catch (error) {
  await firebase?.close();
  console.error(`\nCould not start the demo: ${error.message}\n`);
  process.exit(1);
}

console.log(`
  auth-elements demo

  Demo pages        ${server.origin}/
  Sign up / in      ${server.origin}/demo/sign-in.html
  OpenID Connect    ${server.origin}/demo/oidc.html
  Auth.js           ${server.origin}/demo/authjs.html
  Firebase          ${firebase ? `${server.origin}/demo/firebase.html (emulator ${firebase.origin})` : 'npm run start:firebase'}
  OpenID Provider   ${server.issuer}/.well-known/openid-configuration
  Database          ${path.relative(process.cwd(), server.betterAuth.file) || server.betterAuth.file}

  Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping…');
    await server.close();
    await firebase?.close();
    process.exit(0);
  });
