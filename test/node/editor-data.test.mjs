// The editor data generated from custom-elements.json (scripts/editor-data.mjs, run by
// `npm run analyze`) against the manifest: VS Code's HTML custom data (version 1.1) and
// JetBrains web-types have every tag, attribute, value of an attribute's string union, event,
// slot, CSS part and CSS custom property, with descriptions and no keys the formats do not
// know; and package.json points at them. The values of a string union are read here from the
// TypeScript sources, independently of the script (which reads the npm build). Runs against the
// generated files, so `npm run build` comes first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = file => JSON.parse(readFileSync(join(root, file), 'utf8'));
const pkg = read('package.json');
const generated = ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json'];
const missing = generated.filter(file => !existsSync(join(root, file)));
const [manifest, vscode, webTypes] = missing.length ? [] : generated.map(read);

const elements = (manifest?.modules ?? []).flatMap(module =>
  (module.declarations ?? []).filter(d => d.customElement && d.tagName),
);
const names = list => (list ?? []).map(item => item.name);
const sorted = list => [...list].sort();
const described = item => typeof item?.description === 'string' && item.description.trim() !== '';
const markdown = description => (typeof description === 'object' ? description.value : description);

// ---- string unions, from the sources ----

const program = ts.createProgram([join(root, 'src/index.ts')], {
  strict: true,
  noEmit: true,
  experimentalDecorators: true,
  useDefineForClassFields: false,
  types: [],
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(
  checker.getSymbolAtLocation(program.getSourceFile(join(root, 'src/index.ts'))),
);

/** The type of a property of an exported class, null and undefined aside. */
function propertyType(className, property) {
  const symbol = exported.find(s => s.name === className);
  assert.ok(symbol, `src/index.ts does not export ${className}`);
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
  const member = checker.getPropertyOfType(type, property);
  assert.ok(member, `${className} has no property ${property}`);
  return checker.getNonNullableType(checker.getTypeOfSymbol(member));
}

/** The strings a property of an exported class takes when its type is a union of string literals (null aside). */
function stringUnion(className, property) {
  const value = propertyType(className, property);
  const parts = value.isUnion() ? value.types : [value];
  return parts.every(p => p.isStringLiteral()) ? parts.map(p => p.value) : null;
}

/** An attribute's type as the manifest writes it without null, else (a field initialised from a constant) from the sources. */
const attributeType = (className, attribute) =>
  attribute.type?.text.replace(' | null', '') ?? checker.typeToString(propertyType(className, attribute.fieldName));

/** Keys of `object` that a format does not define (a typo there is silently ignored by editors). */
function unknownKeys(object, allowed, where) {
  return Object.keys(object)
    .filter(key => !allowed.includes(key))
    .map(key => `${where}: ${key}`);
}

test('the editor data exists, and package.json points at it and packs it', () => {
  assert.deepEqual(missing, [], `missing: ${missing.join(', ')}: run npm run build`);
  assert.ok(elements.length >= 2, 'the manifest has the elements');
  assert.equal(pkg['web-types'], './web-types.json');
  for (const file of generated) assert.ok(pkg.files.includes(file), `package.json files lacks ${file}`);
  assert.match(pkg.scripts.analyze, /cem analyze.*&& node scripts\/editor-data\.mjs/);
});

test('every attribute typed as a string union is found (the value check below has work to do)', () => {
  const unions = elements.flatMap(e => (e.attributes ?? []).map(a => stringUnion(e.name, a.fieldName)));
  assert.deepEqual(unions.filter(Boolean), [
    ['signed-in', 'signed-out', 'loading'],
    ['session', 'all', 'others', 'everywhere'],
    ['bottom-end', 'bottom-start', 'top-end', 'top-start'],
  ]);
});

test('VS Code custom data: version 1.1, every tag, attribute and value, described, with references', () => {
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(unknownKeys(vscode, ['version', 'tags', 'globalAttributes', 'valueSets'], 'top level'), []);
  assert.deepEqual(sorted(names(vscode.tags)), sorted(elements.map(e => e.tagName)));
  const problems = [];
  for (const element of elements) {
    const tag = vscode.tags.find(t => t.name === element.tagName);
    problems.push(
      ...unknownKeys(tag, ['name', 'description', 'attributes', 'references', 'void', 'browsers'], tag.name),
    );
    const text = markdown(tag.description) ?? '';
    if (!text.includes(element.summary)) problems.push(`${tag.name}: description lacks the summary`);
    for (const kind of ['events', 'slots', 'cssParts', 'cssProperties']) {
      for (const item of element[kind] ?? []) {
        if (item.name && !text.includes(item.name))
          problems.push(`${tag.name}: description lacks ${kind} ${item.name}`);
      }
    }
    if (!tag.references?.every(r => r.name && /^https:\/\//.test(r.url))) problems.push(`${tag.name}: references`);
    const attributes = element.attributes ?? [];
    if (sorted(names(tag.attributes)).join() !== sorted(names(attributes)).join()) {
      problems.push(`${tag.name}: attributes ${names(tag.attributes)} ≠ manifest ${names(attributes)}`);
    }
    for (const attribute of attributes) {
      const data = tag.attributes.find(a => a.name === attribute.name);
      if (!data) continue;
      const where = `${tag.name} ${attribute.name}`;
      problems.push(
        ...unknownKeys(data, ['name', 'description', 'valueSet', 'values', 'references', 'browsers'], where),
      );
      if (!markdown(data.description)?.includes(attribute.description)) problems.push(`${where}: description`);
      const boolean = attribute.type?.text === 'boolean';
      if (boolean !== (data.valueSet === 'v')) problems.push(`${where}: valueSet "v" (no value) iff boolean`);
      const union = stringUnion(element.name, attribute.fieldName);
      if (String(union) !== String(data.values?.map(v => v.name) ?? null)) {
        problems.push(`${where}: values ${JSON.stringify(data.values)}, expected ${union}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('web-types: every element with attributes, slots, properties, events, CSS properties and parts, described', () => {
  assert.match(webTypes.$schema, /JetBrains\/web-types/);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.equal(webTypes['js-types-syntax'], 'typescript');
  assert.equal(webTypes['description-markup'], 'markdown');
  const html = webTypes.contributions.html.elements;
  assert.deepEqual(sorted(names(html)), sorted(elements.map(e => e.tagName)));
  const problems = [];
  const same = (where, actual, expected) => {
    if (sorted(actual).join() !== sorted(expected).join()) problems.push(`${where}: ${actual} ≠ manifest ${expected}`);
  };
  const undescribed = (where, list) =>
    list.filter(item => !described(item)).forEach(i => problems.push(`${where} ${i.name}`));
  for (const element of elements) {
    const data = html.find(e => e.name === element.tagName);
    const where = data.name;
    problems.push(
      ...unknownKeys(data, ['name', 'description', 'doc-url', 'source', 'attributes', 'slots', 'js', 'css'], where),
    );
    if (!described(data) || !data.description.includes(element.summary)) problems.push(`${where}: description`);
    if (data.source?.module !== pkg.name || data.source?.symbol !== element.name) problems.push(`${where}: source`);
    if (!/^https:\/\//.test(data['doc-url'])) problems.push(`${where}: doc-url`);

    same(`${where} attributes`, names(data.attributes), names(element.attributes));
    undescribed(`${where}: undescribed attribute`, data.attributes);
    for (const attribute of element.attributes ?? []) {
      const value = data.attributes.find(a => a.name === attribute.name)?.value ?? {};
      const union = stringUnion(element.name, attribute.fieldName);
      const expected =
        attribute.type?.text === 'boolean'
          ? { kind: 'no-value', type: 'boolean' }
          : {
              kind: 'plain',
              type: union ? union.map(v => `'${v}'`).join(' | ') : attributeType(element.name, attribute),
            };
      if (JSON.stringify(value) !== JSON.stringify(expected)) {
        problems.push(
          `${where} ${attribute.name}: value ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`,
        );
      }
    }

    same(`${where} slots`, names(data.slots), names(element.slots));
    undescribed(`${where}: undescribed slot`, data.slots);
    const fields = element.members.filter(m => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
    same(`${where} js.properties`, names(data.js.properties), names(fields));
    undescribed(`${where}: undescribed property`, data.js.properties);
    same(`${where} js.events`, names(data.js.events), names(element.events));
    undescribed(`${where}: undescribed event`, data.js.events);
    for (const event of data.js.events) {
      const type = element.events.find(e => e.name === event.name)?.type?.text;
      if (event.type?.name !== type || event.type?.module !== pkg.name) problems.push(`${where} ${event.name}: type`);
    }
    same(`${where} css.properties`, names(data.css.properties), names(element.cssProperties));
    undescribed(`${where}: undescribed CSS property`, data.css.properties);
    same(`${where} css.parts`, names(data.css.parts), names(element.cssParts));
    undescribed(`${where}: undescribed part`, data.css.parts);
  }
  const everyProperty = new Set(elements.flatMap(e => names(e.cssProperties)));
  same('contributions.css.properties', names(webTypes.contributions.css.properties), [...everyProperty]);
  undescribed('undescribed global CSS property', webTypes.contributions.css.properties);
  assert.deepEqual(problems, []);
});
