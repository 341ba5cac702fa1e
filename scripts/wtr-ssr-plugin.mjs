// A test-runner plugin that renders markup on the server side of the test runner, in Node, the way
// a server renders the elements: `POST /__ssr` with a JSON array of markup answers a JSON array of
// HTML (declarative shadow DOM). The renderer (test/fixtures/ssr-render.ts) is bundled from the
// TypeScript sources once, on first use, with its packages (lit, @lit-labs/ssr) left to Node.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

export function ssrPlugin() {
  let renderAll;
  return {
    name: 'auth-elements-ssr',
    async serve(context) {
      if (context.path != '/__ssr' || context.method != 'POST') return;
      renderAll ??= load();
      const markups = JSON.parse(await readBody(context.req));
      return { body: JSON.stringify(await (await renderAll)(markups)), type: 'application/json' };
    },
  };
}

async function load() {
  // Inside the project, so that Node resolves the bundle's packages from its node_modules.
  const dir = path.join(root, 'node_modules', '.cache', 'auth-elements');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `ssr-render-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'test/fixtures/ssr-render.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    outfile,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)).renderAll;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', chunk => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
