// Part of `npm run build:npm`, after tsc: the hand-written declaration files of src/ (the
// framework type entries, src/frameworks/*.d.ts) go to the same place in dist/npm. tsc never
// copies a .d.ts. Each one also gets an empty module, the `default` of its `exports` entry, so
// that a stray `import 'auth-elements/jsx/react'` (instead of `import type {}`) does nothing.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist/npm');

const declarations = readdirSync(src, { recursive: true })
  .filter(file => file.endsWith('.d.ts'))
  .sort();

for (const file of declarations) {
  const target = join(out, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(src, file), target);
  const name = file.split(/[\\/]/).at(-1);
  writeFileSync(target.replace(/\.d\.ts$/, '.js'), `// Types only: see ${name}.\nexport {};\n`);
}
