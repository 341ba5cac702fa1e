// Part of `npm run analyze`, after `cem analyze`: editor support generated from custom-elements.json.
//   vscode.html-custom-data.json  VS Code's HTML custom data (version 1.1): tags, attributes,
//                                 attribute values, descriptions, references
//   web-types.json                JetBrains web-types: elements with attributes, slots, JS
//                                 properties and events, CSS custom properties and parts
// Both land in the package root, are listed in package.json `files`, and web-types.json is
// package.json `web-types`. The manifest writes an attribute's type as TypeScript text
// (`SignOutScope | null`); the values of such an alias are read from the npm build's
// declarations (dist/npm), so `npm run build:npm` comes first, as `npm run build` does. Which
// members and attributes are an element's public surface is decided in scripts/manifest.mjs, as
// for the generated types (scripts/surface.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { customElements } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = path => JSON.parse(readFileSync(join(root, path), 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const docs = pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;

/** Every custom element of the manifest with its public surface (scripts/manifest.mjs). */
const elements = customElements(manifest).map(element => ({
  ...element.declaration,
  source: element.source,
  attributes: element.attributes,
  publicFields: element.fields,
  events: element.events,
}));
if (!elements.length) throw new Error('custom-elements.json has no custom elements: run cem analyze first');

// ---- attribute values from the declarations ----

const program = ts.createProgram([join(root, 'dist/npm/index.d.ts')], { strict: true, noEmit: true });
const checker = program.getTypeChecker();

/** The type of a property of an element class, null and undefined aside. */
function propertyType(element, fieldName) {
  const file = program.getSourceFile(
    join(root, element.source.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.d.ts')),
  );
  const symbol = file && checker.getSymbolAtLocation(file)?.exports?.get(element.name);
  if (!symbol) throw new Error(`${element.source}: no declaration of ${element.name} (run npm run build:npm)`);
  const instance = checker.getDeclaredTypeOfSymbol(symbol);
  const property = checker.getPropertyOfType(instance, fieldName);
  if (!property) throw new Error(`${element.name} has no property ${fieldName}`);
  return checker.getNonNullableType(checker.getTypeOfSymbol(property));
}

/** The string literals of a type (`'a' | 'b'`), else null. */
function literalValues(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every(part => part.isStringLiteral()) ? parts.map(part => part.value) : null;
}

// ---- shared pieces ----

/**
 * The element's attributes with `values` (a string union's members, else null) and `type` (as the
 * manifest writes it, else from the declarations: the analyzer leaves out the type of a field
 * initialised from a constant).
 */
const attributesOf = element =>
  (element.attributes ?? []).map(attribute => {
    const type = attribute.fieldName ? propertyType(element, attribute.fieldName) : null;
    return {
      ...attribute,
      type: attribute.type ?? { text: type ? checker.typeToString(type) : 'string' },
      values: type && literalValues(type),
    };
  });
const isBoolean = attribute => attribute.type.text === 'boolean';
/** An attribute's value type: its values when they are a set of strings (`'a' | 'b'`), else its type without null. */
const typeText = attribute =>
  attribute.values?.map(value => `'${value}'`).join(' | ') ?? attribute.type.text.replace(/\s*\|\s*null$/, '');
/** The element's summary and description, then lists of its events, slots, parts, properties and states. */
function elementMarkdown(element) {
  const list = (title, items, name = item => `\`${item.name}\``) =>
    items?.length
      ? [`**${title}:**`, ...items.map(item => `- ${name(item)}${item.description ? ` — ${item.description}` : ''}`)]
      : [];
  return [
    [element.summary, element.description].filter(Boolean).join('\n\n'),
    list('Events', element.events),
    list('Slots', element.slots, slot => (slot.name ? `\`${slot.name}\`` : '(default)')),
    list('CSS parts', element.cssParts, part => `\`::part(${part.name})\``),
    list('CSS custom properties', element.cssProperties),
    list('Custom states', element.cssStates, state => `\`:state(${state.name})\``),
  ]
    .map(block => (Array.isArray(block) ? block.join('\n') : block))
    .filter(Boolean)
    .join('\n\n');
}
const reference = element => ({ name: `<${element.tagName}> documentation`, url: docs });

// ---- VS Code ----

const vscode = {
  version: 1.1,
  tags: elements.map(element => ({
    name: element.tagName,
    description: { kind: 'markdown', value: elementMarkdown(element) },
    attributes: attributesOf(element).map(attribute => ({
      name: attribute.name,
      description: { kind: 'markdown', value: `${attribute.description}\n\nType: \`${typeText(attribute)}\`` },
      // `v` (void): a boolean attribute takes no value.
      ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
      ...(attribute.values ? { values: attribute.values.map(name => ({ name })) } : {}),
      references: [reference(element)],
    })),
    references: [reference(element)],
  })),
};

// ---- JetBrains ----

const cssProperties = element => (element.cssProperties ?? []).map(p => ({ name: p.name, description: p.description }));

/** Every CSS custom property once, described per element where the elements differ. */
function inheritedProperties() {
  const uses = new Map();
  for (const element of elements) {
    for (const { name, description } of element.cssProperties ?? []) {
      uses.set(name, [...(uses.get(name) ?? []), { tag: element.tagName, description }]);
    }
  }
  return [...uses].map(([name, list]) => ({
    name,
    description:
      new Set(list.map(use => use.description)).size === 1
        ? list[0].description
        : list.map(use => `\`<${use.tag}>\`: ${use.description}`).join('\n\n'),
  }));
}

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map(element => ({
        name: element.tagName,
        description: elementMarkdown(element),
        'doc-url': docs,
        source: { module: pkg.name, symbol: element.name },
        attributes: attributesOf(element).map(attribute => ({
          name: attribute.name,
          description: attribute.description,
          value: isBoolean(attribute)
            ? { kind: 'no-value', type: 'boolean' }
            : { kind: 'plain', type: typeText(attribute) },
        })),
        slots: (element.slots ?? []).map(slot => ({ name: slot.name, description: slot.description })),
        js: {
          properties: element.publicFields.map(field => ({
            name: field.name,
            description: field.description,
            type: field.type?.text ?? checker.typeToString(propertyType(element, field.name)),
            ...(field.readonly ? { 'read-only': true } : {}),
          })),
          events: (element.events ?? []).map(event => ({
            name: event.name,
            description: event.description,
            ...(event.type?.text ? { type: { module: pkg.name, name: event.type.text } } : {}),
          })),
        },
        css: {
          properties: cssProperties(element),
          parts: (element.cssParts ?? []).map(part => ({ name: part.name, description: part.description })),
        },
      })),
    },
    // Custom properties are inherited: they complete in any rule, not only on the elements.
    css: { properties: inheritedProperties() },
  },
};

for (const [file, data] of [
  ['vscode.html-custom-data.json', vscode],
  ['web-types.json', webTypes],
]) {
  writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`);
}
