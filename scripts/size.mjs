// Size budgets: bytes of the minified ES bundle at brotli quality 11.
//   dist/auth-elements.js (both elements, flow, API, English)   ≤ 10,000
//   the sign-out button alone (src/size/sign-out-only.ts)       ≤  7,500
// Builds each in memory with the project's vite config and prints every module's share.
//
// The sign-out button meets its budget by building on Lit's ReactiveElement without lit-html
// (2.6 KB of the 5.1 KB Lit costs): its shadow DOM is one button and a slot, kept by hand.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { build } from 'vite';

const budgets = [
  { name: 'dist/auth-elements.js', entry: 'src/cdn.ts', limit: 10_000 },
  { name: 'sign-out button only', entry: 'src/size/sign-out-only.ts', limit: 7_500 },
];

const brotli = bytes =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

async function bundle(entry) {
  const [result] = [].concat(
    await build({
      logLevel: 'silent',
      build: {
        write: false,
        sourcemap: false,
        lib: { entry, formats: ['es'], fileName: () => 'out.js' },
      },
    }),
  );
  return result.output.find(chunk => chunk.type === 'chunk' && chunk.isEntry);
}

function moduleName(id) {
  const path = relative(process.cwd(), id).replaceAll('\\', '/');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/);
  return pkg ? `${pkg[1]}/${pkg[2]}` : path;
}

let passed = 0;
let failed = 0;
for (const { name, entry, limit } of budgets) {
  const chunk = await bundle(entry);
  const code = Buffer.from(chunk.code);
  const br = brotli(code);
  const ok = br <= limit;
  if (ok) passed++;
  else failed++;
  console.log(
    `\n${ok ? 'ok  ' : 'FAIL'} ${name}: ${br} B brotli-11 (budget ${limit}), ${gzipSync(code, { level: 9 }).length} B gzip-9, ${code.length} B minified`,
  );
  if (!ok) console.log(`     over the budget by ${br - limit} B: the shares below show where the bytes go`);
  const modules = Object.entries(chunk.modules)
    .map(([id, m]) => [moduleName(id), m.renderedLength])
    .filter(([, length]) => length > 0);
  const rendered = modules.reduce((sum, [, length]) => sum + length, 0);
  for (const [id, length] of modules.sort((a, b) => b[1] - a[1])) {
    const share = length / rendered;
    console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ~${String(Math.round(share * br)).padStart(5)} B  ${id}`);
  }
}
console.log(`\nsize: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
