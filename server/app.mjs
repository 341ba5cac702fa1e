// The demo backend: one server for the pages and better-auth (same origin, as better-auth wants),
// and an OpenID Provider on a second port. `npm start` runs it through server/start.mjs; the
// end-to-end tests start it on port 0 with a fresh data folder.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBetterAuth } from './better-auth.mjs';
import { CLIENT_ID, createOpenIdProvider } from './oidc-provider.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OIDC_PAGE = '/demo/oidc.html';

/**
 * Where the demo keeps its SQLite file and cookie secret: `AUTH_DATA_DIR`, else
 * `$XDG_STATE_HOME/auth-elements-demo`, else `~/.local/state/auth-elements-demo`. Outside the
 * project, so that the pages' server never has it under its root.
 */
export function defaultDataDir(env = process.env) {
  if (env.AUTH_DATA_DIR) return path.resolve(env.AUTH_DATA_DIR);
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : null;
  return path.join(state ?? path.join(os.homedir(), '.local', 'state'), 'auth-elements-demo');
}

/** `dir` and, when it exists, its real path (symbolic links resolved). */
function pathsOf(dir) {
  const paths = new Set([path.resolve(dir)]);
  try {
    paths.add(realpathSync(dir));
  } catch {
    // not there yet
  }
  return [...paths];
}

const inside = (file, dir) => {
  const relative = path.relative(dir, file);
  return relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
};

/**
 * Whether a raw request target could name a file in one of `dirs`, in any form a server on the
 * way might understand: percent-encoded (also more than once), with backslashes, `.`/`..`
 * segments or repeated slashes, under vite's `/@fs/` or `/@id/` prefixes, and read either from
 * the project root or as an absolute path. Undecodable targets count as such a request.
 */
export function reachesInto(target, dirs, base = root) {
  let value = String(target).split(/[?#]/)[0];
  for (let i = 0; i < 5; i++) {
    let decoded;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return true;
    }
    if (decoded === value) break;
    value = decoded;
  }
  if (/%[0-9a-f]{2}/i.test(value) || value.includes('\0')) return true;
  const plain = ('/' + value.replaceAll('\\', '/')).replace(/\/+/g, '/');
  const candidates = [plain];
  for (let rest = plain, prefix; (prefix = /^\/@(?:fs|id)(?=\/)|^\/__x00__(?=\/)/.exec(rest)); )
    candidates.push((rest = rest.slice(prefix[0].length) || '/'));
  const files = candidates.flatMap(candidate => [path.resolve(candidate), path.join(base, path.resolve(candidate))]);
  return files.some(file => dirs.some(dir => inside(file, dir)));
}

/** Headers every answer carries: no page of this server may be framed. */
function secure(res) {
  res.setHeader('content-security-policy', "frame-ancestors 'none'");
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const failed = error => {
      server.off('listening', done);
      if (error.code === 'EADDRINUSE') {
        error.message = `Port ${port} on ${host} is already in use. Stop what runs there, or start with another port (PORT=… / OP_PORT=…).`;
      }
      reject(error);
    };
    const done = () => {
      server.off('error', failed);
      resolve(server.address().port);
    };
    server.once('error', failed);
    server.once('listening', done);
    server.listen(port, host);
  });
}

const json = (res, value, status = 200) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(value));
};

/**
 * Starts both servers. Options: `host` (default 127.0.0.1), `port` / `opPort` (0 = any free
 * port), `dataDir` (the SQLite file and the cookie secret), `pages`: 'vite' serves the demo
 * through vite's dev middleware, a folder path serves files from it; `testHooks` adds
 * `/__test/*` routes (database rows, provider state, fault injection) on both servers that the
 * tests use.
 */
export async function startDemoServer({
  host = '127.0.0.1',
  port = 0,
  opPort = 0,
  dataDir = defaultDataDir(),
  pages = 'vite',
  testHooks = false,
  quiet = false,
} = {}) {
  const app = http.createServer();
  const op = http.createServer();
  const appPort = await listen(app, port, host);
  let providerPort;
  try {
    providerPort = await listen(op, opPort, host);
  } catch (error) {
    app.close();
    throw error;
  }
  const origin = `http://${host}:${appPort}`;
  const issuer = `http://${host}:${providerPort}`;
  // The same pages may be opened as localhost: both are trusted, cookies follow the host.
  const origins = [origin, `http://localhost:${appPort}`];

  const betterAuth = await createBetterAuth({ origin, origins, dataDir });
  // After the folder exists, so that a symbolic link to it is known by its real path too.
  const hidden = pathsOf(dataDir);
  const provider = createOpenIdProvider({ issuer, rpOrigins: origins, rpPath: OIDC_PAGE });

  let vite;
  if (pages === 'vite') {
    const { createServer } = await import('vite');
    vite = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: quiet ? 'silent' : 'info',
      appType: 'mpa',
      server: {
        // Live reload over the same port.
        middlewareMode: true,
        ws: { server: app },
        // No page of another origin (another localhost port, say) may read what this server answers.
        cors: false,
        // vite's own defaults, and the data folder wherever it is.
        fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', ...hidden.map(dir => `${dir}/**`)] },
      },
    });
  }

  /** Test-only fault injection: answers every auth (or provider) request with this status while set. */
  let fault = null;
  let providerFault = null;

  app.on('request', async (req, res) => {
    secure(res);
    // The cookie secret and the database: never over HTTP, whatever the path looks like.
    if (reachesInto(req.url, hidden)) return notFound(res);
    try {
      const url = new URL(req.url, origin);
      if (testHooks && url.pathname.startsWith('/__test/')) return await testRoute(url, req, res);
      if (url.pathname.startsWith('/api/auth/')) {
        if (fault) return json(res, { message: `injected fault ${fault}` }, fault);
        return betterAuth.handler(req, res);
      }
      if (url.pathname === '/oidc.json') return json(res, { issuer, clientId: CLIENT_ID });
      if (vite) return vite.middlewares(req, res, () => notFound(res));
      return notFound(res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) json(res, { message: 'internal error' }, 500);
    }
  });

  op.on('request', async (req, res) => {
    secure(res);
    try {
      const url = new URL(req.url, issuer);
      if (testHooks && url.pathname.startsWith('/__test/')) {
        res.setHeader('access-control-allow-origin', '*');
        if (url.pathname === '/__test/fault' && req.method === 'POST') {
          providerFault = Number(url.searchParams.get('status')) || null;
          return json(res, { fault: providerFault });
        }
        return json(res, provider.snapshot());
      }
      if (providerFault) {
        // Readable cross-origin, like the provider's own answers, so the page sees the status.
        res.setHeader('access-control-allow-origin', '*');
        return json(
          res,
          { error: 'server_error', error_description: `injected fault ${providerFault}` },
          providerFault,
        );
      }
      await provider.handle(req, res);
    } catch (error) {
      console.error('[openid provider]', error);
      if (!res.headersSent) json(res, { message: 'internal error' }, 500);
    }
  });

  async function testRoute(url, req, res) {
    if (url.pathname === '/__test/db')
      return json(res, { sessions: await betterAuth.sessions(), users: await betterAuth.users() });
    if (url.pathname === '/__test/provider') return json(res, provider.snapshot());
    if (url.pathname === '/__test/fault' && req.method === 'POST') {
      fault = Number(url.searchParams.get('status')) || null;
      return json(res, { fault });
    }
    return notFound(res);
  }

  const sockets = new Set();
  for (const server of [app, op])
    server.on('connection', socket => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });

  let closing;
  return {
    origin,
    issuer,
    dataDir,
    betterAuth,
    provider,
    /** Stops both servers, vite and the database; safe to call twice. */
    close() {
      closing ??= (async () => {
        await vite?.close();
        for (const socket of sockets) socket.destroy();
        await Promise.all([app, op].map(server => new Promise(resolve => server.close(() => resolve()))));
        await betterAuth.close();
      })();
      return closing;
    },
  };
}

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Not found');
}
