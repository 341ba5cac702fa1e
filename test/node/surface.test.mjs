// The public surface generated from custom-elements.json (scripts/surface.mjs into src/generated/,
// scripts/manifest.mjs for what counts):
// - the committed files match the manifest `npm run build` made, and the check can fail;
// - a decorator-based sample (test/fixtures/surface: Lit decorators, @state, private, protected,
//   static, a getter, a base class in another module, @tagname and @customElement), analyzed here
//   by the analyzer's own Lit support, yields exactly the public surface, and its generated module
//   compiles against the sample classes;
// - the running element classes agree with the surface: every public reactive property is in it
//   with Lit's own attribute name, no @state field is, and every listed property is reactive.
// Runs against the npm build and the manifest, so `npm run build` comes first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { customElements } from '../../scripts/manifest.mjs';
import { generate, stale } from '../../scripts/surface.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const surface = (element, list = 'properties') => element[list].map(item => item.name);

test('src/generated/ matches custom-elements.json (else: npm run generate)', async () => {
  assert.deepEqual(await stale(manifest), []);
});

test('the freshness check fails when an element gains an attribute, a property or an event', async () => {
  const changes = {
    attribute: d => {
      d.members.push({ kind: 'field', name: 'extra', attribute: 'extra-one', type: { text: 'string' } });
      d.attributes.push({ name: 'extra-one', fieldName: 'extra', type: { text: 'string' } });
    },
    property: d => d.members.push({ kind: 'field', name: 'extra', type: { text: 'string' } }),
    event: d => (d.events ??= []).push({ name: 'auth-extra', type: { text: 'CustomEvent' } }),
  };
  for (const [what, change] of Object.entries(changes)) {
    const changed = structuredClone(manifest);
    change(customElements(changed)[0].declaration);
    const files = (await stale(changed)).map(file => file.slice(root.length));
    assert.ok(files.includes('src/generated/surface.ts'), `${what}: ${files}`);
  }
});

test('an attribute name with capitals (Lit would lowercase it) is refused', () => {
  const changed = structuredClone(manifest);
  const element = customElements(changed)[0].declaration;
  element.attributes[0].name = 'sessionId';
  assert.throws(() => customElements(changed), /attribute "sessionId": name it explicitly in kebab-case/);
});

// ---- a decorator-based sample ----

const fixture = join(root, 'node_modules/.surface-fixture');

let analyzed;
/** The fixture analyzed by `cem analyze --litelement`, as the build analyzes the package (once). */
function analyzeFixture() {
  if (analyzed) return structuredClone(analyzed);
  rmSync(fixture, { recursive: true, force: true });
  mkdirSync(fixture, { recursive: true });
  cpSync(join(root, 'test/fixtures/surface'), join(fixture, 'src'), { recursive: true });
  writeFileSync(join(fixture, 'package.json'), '{ "name": "surface-fixture", "type": "module" }\n');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--litelement',
      '--globs',
      'src/*.ts',
    ],
    { cwd: fixture, stdio: 'ignore' },
  );
  analyzed = JSON.parse(readFileSync(join(fixture, 'custom-elements.json'), 'utf8'));
  return structuredClone(analyzed);
}

/** The sample's surface, as the test below expects it. */
const describeSample = elements =>
  elements.map(e => ({
    tag: e.tag,
    className: e.className,
    source: e.source,
    properties: surface(e),
    attributes: e.attributes.map(a => [a.name, a.fieldName]),
    events: surface(e, 'events'),
    fields: surface(e, 'fields'),
  }));

test('a decorator-based sample: public, writable fields (inherited too) and their attributes; no @state, private, protected, static or getter', () => {
  const described = describeSample(customElements(analyzeFixture()));
  assert.deepEqual(described, [
    {
      tag: 'surface-sample',
      className: 'SurfaceSample',
      source: 'src/sample.ts',
      properties: ['sessionId', 'disabled', 'variant', 'label', 'client', 'waitMs'],
      attributes: [
        ['session-id', 'sessionId'],
        ['disabled', 'disabled'],
        ['variant', 'variant'],
        ['wait-ms', 'waitMs'],
      ],
      events: ['sample-change', 'sample-close'],
      fields: ['sessionId', 'disabled', 'variant', 'label', 'client', 'waitMs', 'ready'],
    },
    {
      tag: 'surface-other',
      className: 'SurfaceOther',
      source: 'src/sample.ts',
      properties: ['showAll', 'client', 'waitMs'],
      attributes: [
        ['show-all', 'showAll'],
        ['wait-ms', 'waitMs'],
      ],
      events: [],
      fields: ['showAll', 'client', 'waitMs', 'ready'],
    },
  ]);
  // A manifest that does not copy inherited members into subclasses: read from the superclass.
  const flat = analyzeFixture();
  for (const module of flat.modules) {
    for (const declaration of module.declarations) {
      for (const list of ['members', 'attributes', 'events']) {
        declaration[list] = declaration[list]?.filter(item => !item.inheritedFrom);
      }
    }
  }
  assert.deepEqual(describeSample(customElements(flat)), described);
});

test('a decorator-based sample: the generated module compiles against the classes, and names a React component each', async () => {
  const files = await generate(analyzeFixture(), join(fixture, 'generated'), fixture);
  mkdirSync(join(fixture, 'generated'));
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  const probe = join(fixture, 'probe.ts');
  writeFileSync(
    probe,
    [
      "import { events, properties, type AuthElementAttributes, type AuthElements } from './generated/surface.js';",
      '// Every listed property and attribute target is a member of its class.',
      'export const names: { [T in keyof AuthElements]: readonly (keyof AuthElements[T])[] } = properties;',
      'export type Targets = { [T in keyof AuthElements]: AuthElementAttributes[T][keyof AuthElementAttributes[T]] };',
      'export const targets: { [T in keyof AuthElements]: keyof AuthElements[T] }[] = [] as Targets[];',
      "export const change: 'sample-change' = events['surface-sample'][0];",
      "export const none: readonly [] = events['surface-other'];",
    ].join('\n'),
  );
  const program = ts.createProgram([probe, join(fixture, 'generated/surface.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const errors = ts.getPreEmitDiagnostics(program).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, []);
  const react = files[join(fixture, 'generated/react.ts')];
  assert.match(react, /export const SurfaceSample = wrap\('surface-sample', SurfaceSample, 'SurfaceSample'\);/);
  assert.match(react, /export type SurfaceOtherReactProps = ReactProps<'surface-other'>;/);
  rmSync(fixture, { recursive: true, force: true });
});

// ---- the running classes ----

test("the running classes agree: every public reactive property is listed with Lit's attribute name; no @state field is", async () => {
  const index = await import(pathToFileURL(join(root, 'dist/npm/index.js')));
  const generated = await import(pathToFileURL(join(root, 'dist/npm/generated/surface.js')));
  const problems = [];
  for (const element of customElements(manifest)) {
    const Class = index[element.className];
    assert.ok(Class, `auth-elements does not export ${element.className}`);
    void Class.observedAttributes; // finalizes the class: elementProperties holds inherited ones too
    const listed = new Set(generated.properties[element.tag]);
    assert.deepEqual([...listed], surface(element), `${element.tag}: src/generated/surface.ts is stale`);
    const fieldOf = new Map(element.attributes.map(a => [a.name, a.fieldName]));
    const litAttributes = new Map();
    for (const [name, options] of Class.elementProperties) {
      if (options.state) {
        if (listed.has(name)) problems.push(`${element.tag}: @state ${name} is listed as a property`);
        continue;
      }
      // The mount functions set exactly the reactive properties: each must be public and settable.
      if (!listed.has(name)) {
        problems.push(`${element.tag}: reactive property ${name} is not a public, settable property`);
        continue;
      }
      if (options.attribute !== false) {
        litAttributes.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
      }
    }
    for (const name of listed) {
      if (!Class.elementProperties.has(name)) problems.push(`${element.tag}: ${name} is not a reactive property`);
    }
    const sortedEntries = map => [...map].sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(sortedEntries(fieldOf), sortedEntries(litAttributes), `${element.tag}: attributes`);
  }
  assert.deepEqual(problems, []);
});
