// custom-elements.json against the code: every tag, with every attribute, property,
// method, event, slot, part, CSS property and custom state the sources have, and nothing the
// sources do not have. What the code has is read from the TypeScript sources with the compiler
// API, independently of the analyzer: `@property`/`@state` fields, public members, the `part` and
// slot names in the templates of the elements and of the element modules they import, the
// `var(--auth-*)` their styles read, the `states` they set and the events `emit` dispatches in the
// modules they import. Also: every attribute and event is in
// the README. Runs against the generated manifest, so `npm run build` comes first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestPath = join(root, 'custom-elements.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

// ---- the sources ----

const sources = new Map();
/** The parsed source file at an absolute path. */
function parse(file) {
  if (!sources.has(file)) {
    const text = readFileSync(file, 'utf8');
    sources.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  }
  return sources.get(file);
}

function* walk(node) {
  yield node;
  for (const child of node.getChildren()) yield* walk(child);
}

function srcFiles(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? srcFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const text = node => (node && (ts.isStringLiteralLike(node) ? node.text : null)) ?? null;
const nameOf = node =>
  node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : null;

/** A relative module specifier of `from` as a source file path (`./x.js` → `/…/x.ts`). */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const file = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  return existsSync(file) ? file : null;
}

/** The source file an identifier used in `file` comes from (itself when declared there). */
function origin(file, identifier) {
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const names = statement.importClause?.namedBindings;
    if (names && ts.isNamedImports(names) && names.elements.some(e => e.name.text === identifier)) {
      return resolveImport(file, statement.moduleSpecifier.text);
    }
  }
  return file;
}

/** Relative modules `file` imports for their values (not `import type`), transitively, and itself. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const statement of parse(file).statements) {
    const typeOnly =
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(statement) && statement.isTypeOnly);
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && !typeOnly) {
      const target = statement.moduleSpecifier && resolveImport(file, statement.moduleSpecifier.text);
      if (target) closure(target, seen);
    }
  }
  return seen;
}

/** `'tag': Class` entries of `interface HTMLElementTagNameMap` anywhere in src. */
function tagMap() {
  const tags = new Map();
  for (const file of srcFiles()) {
    for (const node of walk(parse(file))) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementTagNameMap') continue;
      for (const member of node.members) {
        const className = member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeName.getText() : null;
        if (nameOf(member) && className) tags.set(nameOf(member), { className, file });
      }
    }
  }
  return tags;
}

/** `['tag', Class]` and `define('tag', Class)` pairs anywhere in src: where the tags get defined. */
function definitions() {
  const pairs = [];
  for (const file of srcFiles()) {
    for (const node of walk(parse(file))) {
      const items = ts.isArrayLiteralExpression(node)
        ? node.elements
        : ts.isCallExpression(node)
          ? node.arguments
          : null;
      if (items?.length === 2 && /^[a-z][\w.]*-[\w.-]*$/.test(text(items[0]) ?? '') && ts.isIdentifier(items[1])) {
        pairs.push([text(items[0]), items[1].text]);
      }
    }
  }
  return pairs;
}

/** A class and its superclasses within src, most derived first: `[{ file, node }]`. */
function chain(file, className) {
  const found = [];
  while (file) {
    const node = parse(file).statements.find(s => ts.isClassDeclaration(s) && s.name?.text === className);
    if (!node) break;
    found.push({ file, node });
    const base = node.heritageClauses?.find(h => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (!base || !ts.isIdentifier(base)) break;
    className = base.text;
    // A relative import, or this file when declared here; null for a package (Lit's ReactiveElement).
    file = found.length < 10 ? origin(file, className) : null;
  }
  return found;
}

const flags = node => ts.getCombinedModifierFlags(node);
const isStatic = node => (flags(node) & ts.ModifierFlags.Static) !== 0;

/** The options of the class's `@property({ … })` and `@state()` fields: `name → { attribute, reflect, state }`. */
function decoratedProperties(classNode) {
  const found = new Map();
  for (const member of classNode.members) {
    for (const decorator of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || !['property', 'state'].includes(call.expression.getText())) continue;
      const options = { state: call.expression.getText() === 'state' };
      const object = call.arguments[0];
      if (object && ts.isObjectLiteralExpression(object)) {
        for (const option of object.properties) {
          if (!ts.isPropertyAssignment(option)) continue;
          const value = option.initializer;
          options[nameOf(option)] =
            value.kind === ts.SyntaxKind.TrueKeyword
              ? true
              : value.kind === ts.SyntaxKind.FalseKeyword
                ? false
                : text(value);
        }
      }
      found.set(nameOf(member), options);
    }
  }
  return found;
}

/** Everything of one element that the manifest has to describe, read from the sources. */
function fromSource(tag, { className, file }) {
  const classes = chain(file, className);
  const files = classes.map(c => c.file);
  const properties = new Map();
  for (const { node } of [...classes].reverse()) {
    for (const [name, options] of decoratedProperties(node)) properties.set(name, options);
  }

  const attributes = new Map();
  const reflecting = new Set();
  for (const [name, options] of properties) {
    if (options.state || options.attribute === false) continue;
    // Lit's default attribute name is the property name lowercased.
    attributes.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
    if (options.reflect) reflecting.add(name);
  }

  // Public instance API: not static, private, protected, #private, nor an override of Lit's or the DOM's.
  const fields = new Set();
  const methods = new Set();
  for (const { node } of classes) {
    for (const member of node.members) {
      const f = flags(member);
      const hidden =
        ts.ModifierFlags.Static | ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Override;
      if (f & hidden || !member.name || ts.isPrivateIdentifier(member.name)) continue;
      if (ts.isPropertyDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member)) {
        fields.add(nameOf(member));
      } else if (ts.isMethodDeclaration(member)) methods.add(nameOf(member));
    }
  }
  for (const [name, options] of properties) if (!options.state) fields.add(name);

  const parts = new Set();
  const slots = new Set();
  const states = new Set();
  // The element's classes and the element modules they render templates from (avatars, rows).
  const rendering = new Set(files.flatMap(f => [...closure(f)].filter(m => m.includes('/src/elements/'))));
  for (const f of rendering) {
    for (const node of walk(parse(f))) {
      // make(doc, 'span', { part: 'a b' }) and element.setAttribute('part', 'a b')
      if (ts.isPropertyAssignment(node) && nameOf(node) === 'part' && text(node.initializer)) {
        text(node.initializer)
          .split(/\s+/)
          .forEach(p => parts.add(p));
      }
      if (ts.isCallExpression(node)) {
        const args = node.arguments;
        const callee = node.expression;
        const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
        if (method === 'setAttribute' && text(args[0]) === 'part' && text(args[1])) {
          text(args[1])
            .split(/\s+/)
            .forEach(p => parts.add(p));
        }
        // createElement('slot') is the default slot; make(doc, 'slot', { name: 'x' }) a named one.
        if (args.some(a => text(a) === 'slot')) {
          const named = args
            .filter(ts.isObjectLiteralExpression)
            .flatMap(o => o.properties)
            .find(p => ts.isPropertyAssignment(p) && nameOf(p) === 'name');
          slots.add(named ? text(named.initializer) : '');
        }
        // internals.states.add('x') or internals.states[on ? 'add' : 'delete']('x')
        const target = ts.isPropertyAccessExpression(callee)
          ? callee.expression
          : ts.isElementAccessExpression(callee)
            ? callee.expression
            : null;
        if (target && ts.isPropertyAccessExpression(target) && target.name.text === 'states' && text(args[0])) {
          states.add(text(args[0]));
        }
      }
      // Markup in templates, should an element render with lit-html.
      if (
        ts.isTemplateLiteral(node) &&
        !(ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText() === 'css')
      ) {
        const markup = node.getText();
        for (const [, value] of markup.matchAll(/\spart="([^"$]+)"/g)) value.split(/\s+/).forEach(p => parts.add(p));
        for (const [, name] of markup.matchAll(/<slot\b(?:[^>]*\sname="([^"]*)")?/g)) slots.add(name ?? '');
      }
    }
  }

  // CSS custom properties: what the style sheets of the most derived `static styles` read.
  const cssProperties = new Set();
  const withStyles = classes.find(({ node }) => node.members.some(m => isStatic(m) && nameOf(m) === 'styles'));
  if (withStyles) {
    const styles = withStyles.node.members.find(m => isStatic(m) && nameOf(m) === 'styles').initializer;
    const items = ts.isArrayLiteralExpression(styles) ? styles.elements : [styles];
    for (const item of items) {
      const sheet = ts.isIdentifier(item) ? parse(origin(withStyles.file, item.text)).getFullText() : item.getText();
      for (const [, name] of sheet.matchAll(/var\(\s*(--auth-[\w-]+)/g)) cssProperties.add(name);
    }
  }

  // Events: emit(target, 'name' | cond ? 'a' : 'b', …) in the modules the element's classes
  // import, except those dispatched on window, authEvent('name', …) (a request event a flow
  // dispatches on its host), and this.dispatchEvent(new CustomEvent('name')).
  const events = new Set();
  const modules = new Set(files.flatMap(f => [...closure(f)]));
  for (const f of modules) {
    for (const node of walk(parse(f))) {
      let name = null;
      if (ts.isCallExpression(node) && node.expression.getText() === 'emit') {
        if (['window', 'globalThis'].includes(node.arguments[0]?.getText())) continue;
        name = node.arguments[1];
      } else if (ts.isCallExpression(node) && node.expression.getText() === 'authEvent') {
        name = node.arguments[0];
      } else if (
        ts.isNewExpression(node) &&
        /^(Custom)?Event$/.test(node.expression.getText()) &&
        ts.isCallExpression(node.parent) &&
        node.parent.expression.getText() === 'this.dispatchEvent'
      ) {
        name = node.arguments?.[0];
      }
      if (!name) continue;
      const names = ts.isConditionalExpression(name) ? [name.whenTrue, name.whenFalse] : [name];
      for (const n of names) if (text(n)) events.add(text(n));
    }
  }

  return { tag, className, attributes, reflecting, fields, methods, events, slots, parts, cssProperties, states };
}

// ---- the manifest ----

const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : null;
const declarations = (manifest?.modules ?? []).flatMap(module =>
  (module.declarations ?? []).map(declaration => ({ ...declaration, module: module.path })),
);
const elements = new Map(declarations.filter(d => d.customElement && d.tagName).map(d => [d.tagName, d]));
const isPublic = member => !member.static && member.privacy !== 'private' && member.privacy !== 'protected';

/** What an element has none of by design (for the others, finding none means the reader broke). */
const NONE = {
  'auth-show': ['events', 'parts', 'CSS properties'],
  'auth-avatar': ['events', 'slots'],
  // A list of devices has nothing to slot.
  'auth-device-list': ['slots'],
};

/** Fails with what is missing from the manifest and what it has that the code does not. */
function same(kind, tag, manifestNames, sourceNames) {
  const inManifest = new Set(manifestNames);
  const inSource = new Set(sourceNames);
  const missing = [...inSource].filter(n => !inManifest.has(n));
  const stale = [...inManifest].filter(n => !inSource.has(n));
  assert.ok(
    missing.length === 0 && stale.length === 0,
    `<${tag}> ${kind}: missing from the manifest [${missing.join(', ')}], not in the code [${stale.join(', ')}]`,
  );
  assert.ok(
    inSource.size > 0 || kind === 'methods' || NONE[tag]?.includes(kind),
    `<${tag}> ${kind}: none found in the code (is the reader broken?)`,
  );
}

const tags = tagMap();

test('custom-elements.json exists and package.json points at it', () => {
  assert.ok(manifest, 'custom-elements.json is missing: run npm run build');
  assert.equal(manifest.schemaVersion.split('.')[0], '1');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'), 'files lacks custom-elements.json');
});

test('the manifest has exactly the tags of HTMLElementTagNameMap, each with its class', () => {
  assert.deepEqual([...tags.keys()].sort(), [
    'auth-avatar',
    'auth-device-list',
    'auth-show',
    'auth-sign-in-button',
    'auth-sign-out-button',
    'auth-user-button',
  ]);
  same('tags', 'package', [...elements.keys()], [...tags.keys()]);
  for (const [tag, { className, file }] of tags) {
    assert.equal(elements.get(tag).name, className, tag);
    assert.equal(elements.get(tag).module, `dist/npm/${relative(join(root, 'src'), file).replace(/\.ts$/, '.js')}`);
  }
});

test('the tags are defined with the classes the manifest names, and auth-elements/define records it', () => {
  const defined = definitions();
  const definitionsInManifest = (manifest?.modules ?? []).flatMap(module =>
    (module.exports ?? [])
      .filter(e => e.kind === 'custom-element-definition')
      .map(e => ({ ...e, module: module.path })),
  );
  for (const [tag, element] of elements) {
    assert.ok(
      defined.some(([t, c]) => t === tag && c === element.name),
      `no define('${tag}', ${element.name}) in src`,
    );
    const definition = definitionsInManifest.find(d => d.name === tag);
    assert.equal(definition?.module, 'dist/npm/define.js', `${tag}: custom-element-definition`);
    assert.equal(definition.declaration.name, element.name);
  }
});

for (const [tag, source] of tags) {
  const code = fromSource(tag, source);
  const element = () => elements.get(tag) ?? assert.fail(`<${tag}> is not in the manifest`);

  test(`<${tag}> attributes: ${[...code.attributes.keys()].join(', ')}`, () => {
    const attributes = element().attributes ?? [];
    same(
      'attributes',
      tag,
      attributes.map(a => a.name),
      code.attributes.keys(),
    );
    for (const attribute of attributes) {
      assert.equal(attribute.fieldName, code.attributes.get(attribute.name), `${attribute.name}: property`);
    }
  });

  test(`<${tag}> properties, with their attributes and reflection`, () => {
    const fields = element().members.filter(m => m.kind === 'field' && isPublic(m));
    same(
      'properties',
      tag,
      fields.map(m => m.name),
      code.fields,
    );
    for (const field of fields) {
      const attribute = [...code.attributes].find(([, property]) => property === field.name)?.[0];
      assert.equal(field.attribute, attribute, `${field.name}: attribute`);
      assert.equal(Boolean(field.reflects), code.reflecting.has(field.name), `${field.name}: reflects`);
    }
  });

  test(`<${tag}> methods`, () => {
    const methods = element().members.filter(m => m.kind === 'method' && isPublic(m));
    same(
      'methods',
      tag,
      methods.map(m => m.name),
      code.methods,
    );
  });

  test(`<${tag}> events: ${[...code.events].join(', ')}`, () => {
    same(
      'events',
      tag,
      (element().events ?? []).map(e => e.name),
      code.events,
    );
  });

  test(`<${tag}> slots: ${[...code.slots].map(s => s || '(default)').join(', ')}`, () => {
    same(
      'slots',
      tag,
      (element().slots ?? []).map(s => s.name),
      code.slots,
    );
  });

  test(`<${tag}> CSS parts: ${[...code.parts].join(', ')}`, () => {
    same(
      'parts',
      tag,
      (element().cssParts ?? []).map(p => p.name),
      code.parts,
    );
  });

  test(`<${tag}> CSS properties: ${[...code.cssProperties].join(', ')}`, () => {
    same(
      'CSS properties',
      tag,
      (element().cssProperties ?? []).map(p => p.name),
      code.cssProperties,
    );
  });

  test(`<${tag}> custom states: ${[...code.states].join(', ')}`, () => {
    same(
      'custom states',
      tag,
      (element().cssStates ?? []).map(s => s.name),
      code.states,
    );
  });

  test(`<${tag}> documents everything in JSDoc, with a summary`, () => {
    const e = element();
    assert.ok(e.summary && e.description, 'class summary and description');
    const undocumented = [
      ...(e.attributes ?? []).map(x => ['attribute', x]),
      ...e.members.filter(isPublic).map(x => [x.kind, x]),
      ...['events', 'slots', 'cssParts', 'cssProperties', 'cssStates'].flatMap(k => (e[k] ?? []).map(x => [k, x])),
    ]
      .filter(([, x]) => !x.description?.trim())
      .map(([kind, x]) => `${kind} ${x.name || '(default)'}`);
    assert.deepEqual(undocumented, [], `<${tag}> undocumented: ${undocumented.join(', ')}`);
  });

  test(`README documents <${tag}>'s attributes, events, slots, parts and CSS properties`, () => {
    const e = element();
    const quoted = name => readme.includes('`' + name + '`');
    const absent = [
      ...(e.attributes ?? []).filter(a => !quoted(a.name)).map(a => `attribute ${a.name}`),
      ...(e.events ?? []).filter(x => !quoted(x.name)).map(x => `event ${x.name}`),
      ...(e.slots ?? []).filter(s => s.name && !quoted(s.name)).map(s => `slot ${s.name}`),
      ...(e.cssParts ?? [])
        .filter(p => !quoted(p.name) && !readme.includes(`part(${p.name})`))
        .map(p => `part ${p.name}`),
      ...(e.cssProperties ?? []).filter(p => !quoted(p.name)).map(p => `CSS property ${p.name}`),
    ];
    assert.deepEqual(absent, [], `README.md lacks: ${absent.join(', ')}`);
  });
}
