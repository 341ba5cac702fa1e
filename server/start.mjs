// `npm start`: the demo on loopback against the real backend. Ctrl-C stops everything.
//   PORT (default 5173)     the demo pages and better-auth (/api/auth)
//   OP_PORT (default 5174)  the OpenID Provider
//   AUTH_DATA_DIR           where the SQLite file and the cookie secret live (default
//                           $XDG_STATE_HOME/auth-elements-demo or ~/.local/state/auth-elements-demo)
import path from 'node:path';
import { defaultDataDir, startDemoServer } from './app.mjs';

const port = Number(process.env.PORT ?? 5173);
const opPort = Number(process.env.OP_PORT ?? 5174);
const dataDir = defaultDataDir();

let server;
try {
  server = await startDemoServer({ port, opPort, dataDir });
} catch (error) {
  console.error(`\nCould not start the demo: ${error.message}\n`);
  process.exit(1);
}

console.log(`
  auth-elements demo

  Demo pages        ${server.origin}/
  Sign up / in      ${server.origin}/demo/sign-in.html
  OpenID Connect    ${server.origin}/demo/oidc.html
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
    process.exit(0);
  });
