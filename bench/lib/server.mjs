// A static HTTP server on 127.0.0.1 for the benchmark pages: the repository's files, and the
// benchmark's own builds from memory under /build/<name>/<file>.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Serves `root` and `builds` (name → Map of file name → code) on a free port.
 * Resolves to { url, close() }.
 */
export async function startServer(root, builds) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (request.method != 'GET' && request.method != 'HEAD') return send(405, 'GET only');
    const built = path.match(/^\/build\/([^/]+)\/([^/]+)$/);
    if (built) {
      const code = builds.get(built[1])?.get(built[2]);
      return code == null ? send(404, 'not built') : send(200, code, types[extname(built[2])] ?? types['.js']);
    }
    const file = normalize(join(root, path));
    if (file != root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return send(403, 'outside the root');
    try {
      send(200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
