// The package's public surface per element, generated from custom-elements.json into src/generated/
// (committed, so that a fresh clone type-checks and tests without a build):
//   surface.ts  each tag's class, attribute → property map, settable properties and events; the
//               framework types (src/frameworks/), the mount API's props and its allow-list of
//               keys (src/mount.ts) derive from it
//   react.ts    one `@lit/react` component and props type per element (`auth-elements/react`)
// Adding an attribute, property, event or element therefore touches the element only; then:
//   npm run generate      analyze the sources and rewrite src/generated/
//   npm run analyze       (part of `npm run build`) fails when src/generated/ is stale
// Usage: node scripts/surface.mjs [--write | --check] [manifest] [outdir]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { customElements } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const HEADER = '// Generated from custom-elements.json by scripts/surface.mjs: do not edit; run `npm run generate`.';

/** `auth-sign-out` → `AuthSignOut` */
const pascal = name => name.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase());
const quote = value => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A property key: bare when it is an identifier. */
const key = name => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));
const list = (items, format = item => `\`${item}\``) => items.map(format).join(', ');
/** A JSDoc comment of `lines` (no comment terminator inside). */
function doc(lines) {
  const text = lines.join('\n').replace(/\*\//g, '*\\/').split('\n');
  return text.length == 1 ? [`/** ${text[0]} */`] : ['/**', ...text.map(line => ` * ${line}`.trimEnd()), ' */'];
}
/** `AuthSignOutButton` → `SignOutButton`: the React component's name. */
const componentName = className => className.replace(/^Auth(?=[A-Z])/, '');

/** The import specifier of a source module (`src/elements/x.ts` under `base`) from a file in `outdir`. */
function specifier(outdir, source, base = root) {
  const path = relative(outdir, join(base, source)).replace(/\\/g, '/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/** One import line per module for the element classes. */
function imports(elements, outdir, base, typeOnly) {
  const byModule = new Map();
  for (const element of elements) {
    byModule.set(element.source, [...(byModule.get(element.source) ?? []), element.className]);
  }
  return [...byModule].map(
    ([source, names]) =>
      `import ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from '${specifier(outdir, source, base)}';`,
  );
}

/** `surface.ts`: the classes, attributes, properties and events of every element. */
function surfaceModule(elements, outdir, base) {
  const table = (name, values) => [
    `export const ${name} = {`,
    ...elements.map(e => `  ${quote(e.tag)}: [${values(e).map(quote).join(', ')}],`),
    '} as const;',
  ];
  return [
    HEADER,
    '//',
    "// Each element's public surface, as custom-elements.json describes it: what users set and hear.",
    ...imports(elements, outdir, base, true),
    '',
    '/** Every element class by tag. */',
    'export interface AuthElements {',
    ...elements.map(e => `  ${quote(e.tag)}: ${e.className};`),
    '}',
    '',
    "/** Each element's attributes: attribute name → the property it sets. */",
    'export interface AuthElementAttributes {',
    ...elements.map(e =>
      e.attributes.length
        ? [
            `  ${quote(e.tag)}: {`,
            ...e.attributes.map(a => `    ${key(a.name)}: ${quote(a.fieldName ?? a.name)};`),
            '  };',
          ].join('\n')
        : `  ${quote(e.tag)}: Record<never, never>;`,
    ),
    '}',
    '',
    "/** The properties users set on each element: public, writable instance fields (attributes' included). */",
    ...table('properties', e => e.properties.map(p => p.name)),
    '',
    '/** The events each element dispatches. */',
    ...table('events', e => e.events.map(event => event.name)),
    '',
  ].join('\n');
}

/** `react.ts`: a component and a props type per element. */
function reactModule(elements, outdir, base) {
  const wrapper = specifier(outdir, 'src/frameworks/react-wrapper.ts');
  return [
    HEADER,
    '//',
    '// `auth-elements/react`: a React component per element, made with `@lit/react` (src/frameworks/react-wrapper.ts).',
    ...imports(elements, outdir, base, false),
    `import { wrap, type ReactProps } from '${wrapper}';`,
    ...elements.flatMap(e => {
      const name = componentName(e.className);
      const properties = e.properties.map(p => p.name);
      const events = e.events.map(event => `on${pascal(event.name)}`);
      return [
        '',
        ...doc([`Props of {@link ${name}}.`]),
        `export type ${name}ReactProps = ReactProps<${quote(e.tag)}>;`,
        '',
        ...doc([
          `\`<${e.tag}>\` as a React component.${e.summary ? ` ${e.summary}` : ''}`,
          '',
          ...(properties.length ? [`Set as properties: ${list(properties)}.`] : []),
          ...(events.length ? [`Event props: ${list(events)}.`] : []),
          '',
          'Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.',
        ]),
        `export const ${name} = wrap(${quote(e.tag)}, ${e.className}, ${quote(name)});`,
      ];
    }),
    '',
  ].join('\n');
}

/**
 * The generated files for `manifest`, by absolute path, formatted as the project formats code.
 * `base` is the folder the manifest's module paths start from.
 */
export async function generate(manifest, outdir = join(root, 'src/generated'), base = root) {
  const elements = customElements(manifest);
  if (!elements.length) throw new Error('custom-elements.json has no custom elements: run cem analyze first');
  const files = {
    [join(outdir, 'surface.ts')]: surfaceModule(elements, outdir, base),
    [join(outdir, 'react.ts')]: reactModule(elements, outdir, base),
  };
  for (const [file, text] of Object.entries(files)) {
    const options = (await prettier.resolveConfig(join(root, 'src/index.ts'))) ?? {};
    files[file] = await prettier.format(text, { ...options, filepath: file });
  }
  return files;
}

/** The generated files that differ from what is on disk (absent ones included). */
export async function stale(manifest, outdir = join(root, 'src/generated')) {
  const files = await generate(manifest, outdir);
  const read = file => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  return Object.keys(files).filter(file => read(file) !== files[file]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode = '--check', manifestPath = join(root, 'custom-elements.json'), outdir] = process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const out = outdir && resolve(outdir);
  if (mode === '--write') {
    for (const [file, text] of Object.entries(await generate(manifest, out))) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  } else {
    const files = await stale(manifest, out);
    if (files.length) {
      console.error(
        `${files.map(file => relative(root, file)).join(', ')} out of date with the elements: run npm run generate`,
      );
      process.exitCode = 1;
    }
  }
}
