// The package's types in use, through test/types (its own package.json and lock,
// installed here with `npm ci` when node_modules is missing or older than the lock):
// - tsc and vue-tsc accept the sample files, whose `@ts-expect-error` / `@vue-expect-error`
//   lines prove that wrong attribute values, scopes, clients and event details are rejected
//   (an expected error that does not happen fails the compile);
// - a negative control: each sample file with one of those directives removed must fail at that
//   line, so a sample that is not compiled, or types that accept anything, cannot pass;
// - every attribute and event of custom-elements.json is a typed prop (not `any`) of every tag
//   in the React, Preact, Solid and Vue declarations, under the name each framework listens to,
//   in the props of the auth-elements/react components and in the mount API's props;
//   and HTMLElementTagNameMap and GlobalEventHandlersEventMap have each tag and event.
// Runs against the npm build (dist/npm) and the manifest, so `npm run build` comes first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import * as check from '../types/check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const types = join(root, 'test/types');
const modules = join(types, 'node_modules');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap(m => (m.declarations ?? []).filter(d => d.customElement && d.tagName));

/**
 * The sample files, each with the directive the negative control removes: the one before its
 * first use of the scope "bogus", which must then fail to compile.
 */
const samples = {
  'dom.mts': /\/\/ @ts-expect-error -- "bogus" is not a SignOutScope/,
  'react.tsx': /\{\/\* @ts-expect-error -- "bogus" is not a SignOutScope \*\/\}/,
  'preact.tsx': /\{\/\* @ts-expect-error -- "bogus" is not a SignOutScope \*\/\}/,
  'solid.tsx': /\{\/\* @ts-expect-error -- "bogus" is not a SignOutScope \*\/\}/,
  'vue.mts': /\/\/ @ts-expect-error -- "bogus" is not a SignOutScope/,
  'App.vue': /<!-- @vue-expect-error "bogus" is not a SignOutScope -->/,
};
/** What a removed directive becomes: an empty comment of the same kind, so line numbers stay. */
const blank = { '/': '//', '{': '{/* */}', '<': '<!-- -->' };

before(() => {
  const lock = join(types, 'package-lock.json');
  const installed = join(modules, '.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: types, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  check.installPackage();
});

for (const [bin, project] of check.projects) {
  test(`${bin.split('/').at(-1)} -p test/types/${project} passes`, () => {
    const { status, output } = check.compile(bin, project);
    assert.equal(status, 0, output);
  });
}

/** A copy of the samples in node_modules/.negative with one directive removed per file; the lines it was on. */
function withoutOneDirective() {
  const dir = join(modules, '.negative');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const lines = {};
  for (const [file, directive] of Object.entries(samples)) {
    const source = readFileSync(join(types, file), 'utf8').split('\n');
    const index = source.findIndex(line => directive.test(line));
    assert.ok(index >= 0, `${file} has no ${directive}`);
    // Blank the directive out, keeping the line numbers.
    source[index] = source[index].replace(directive, match => blank[match[0]]);
    writeFileSync(join(dir, file), source.join('\n'));
    lines[file] = index + 2; // 1-based, the line after the directive
  }
  // The declaration files were checked above: only the samples here.
  const config = (base, files) =>
    JSON.stringify({ extends: `../../${base}`, compilerOptions: { skipLibCheck: true }, files });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    config(
      'tsconfig.json',
      Object.keys(samples).filter(f => !f.endsWith('.vue')),
    ),
  );
  writeFileSync(join(dir, 'tsconfig.preact-10.json'), config('tsconfig.preact-10.json', ['preact.tsx']));
  writeFileSync(join(dir, 'tsconfig.vue.json'), config('tsconfig.vue.json', ['App.vue']));
  return lines;
}

test('negative control: without its expected-error directive, scope="bogus" fails in every sample', () => {
  const lines = withoutOneDirective();
  const runs = [
    ['typescript/bin/tsc', 'tsconfig.json', Object.keys(samples).filter(f => !f.endsWith('.vue'))],
    ['typescript/bin/tsc', 'tsconfig.preact-10.json', ['preact.tsx']],
    ['vue-tsc/bin/vue-tsc.js', 'tsconfig.vue.json', ['App.vue']],
  ];
  for (const [bin, project, files] of runs) {
    const { status, output } = check.compile(bin, `node_modules/.negative/${project}`);
    assert.notEqual(status, 0, `${project} passed without a directive: the check cannot fail`);
    const errors = output.split('\n').filter(line => / error TS\d+:/.test(line));
    for (const file of files) {
      const at = `node_modules/.negative/${file}(${lines[file]},`;
      assert.ok(
        errors.some(line => line.startsWith(at) && line.includes('\'"bogus"\' is not assignable')),
        `${project}: no error for the scope "bogus" at ${at}…; got:\n${errors.join('\n')}`,
      );
    }
    // Only the removed directives' errors: the rest of each file still type-checks.
    assert.equal(errors.length, files.length, errors.join('\n'));
  }
  rmSync(join(modules, '.negative'), { recursive: true, force: true });
});

// ---- every attribute and event, per framework ----

/** `auth-sign-out` → `AuthSignOut` */
const pascal = name => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

const frameworks = {
  React: {
    type: tag => `import('react').JSX.IntrinsicElements['${tag}']`,
    attribute: a => a.name,
    event: e => `on${e.name}`,
  },
  Preact: {
    type: tag => `import('preact').JSX.IntrinsicElements['${tag}']`,
    attribute: a => a.name,
    event: e => `on${e.name}`,
  },
  Solid: {
    type: tag => `import('solid-js').JSX.IntrinsicElements['${tag}']`,
    attribute: a => a.name,
    event: e => `on:${e.name}`,
  },
  Vue: {
    type: tag => `InstanceType<import('vue').GlobalComponents['${tag}']>['$props']`,
    attribute: a => a.fieldName,
    event: e => `on${pascal(e.name)}`,
  },
  // The React 18 components of auth-elements/react: `AuthUserButton` → `UserButtonReactProps`.
  ReactComponents: {
    type: (tag, className) => `import('auth-elements/react').${className.replace(/^Auth/, '')}ReactProps`,
    attribute: a => a.fieldName,
    event: e => `on${pascal(e.name)}`,
  },
  // The props of the mount functions (listeners go in `on`).
  Mount: {
    type: tag => `import('auth-elements').ElementMountProps<'${tag}'>`,
    attribute: a => a.fieldName,
    event: () => 'on',
  },
};

test('every attribute, `auth` and event of the manifest is a typed prop in each framework and in the DOM maps', () => {
  const dir = join(modules, '.props');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const probe = join(dir, 'props.mts');
  const aliases = [];
  const lines = [
    "import type {} from 'auth-elements/jsx/react';",
    "import type {} from 'auth-elements/jsx/preact';",
    "import type {} from 'auth-elements/jsx/solid';",
    "import type {} from 'auth-elements/vue';",
    "import type {} from 'auth-elements';",
    'export type Events = GlobalEventHandlersEventMap;',
    'export type Tags = HTMLElementTagNameMap;',
  ];
  for (const [framework, { type }] of Object.entries(frameworks)) {
    for (const element of elements) {
      const alias = `${framework}_${element.name}`;
      aliases.push([alias, framework, element]);
      lines.push(`export type ${alias} = ${type(element.tagName, element.name)};`);
    }
  }
  writeFileSync(probe, lines.join('\n'));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(types, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram([probe], { ...config.options, noUnusedLocals: false });
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(probe));
  assert.deepEqual(
    diagnostics.map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
  );
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(probe)));
  const problems = [];
  for (const [alias, framework, element] of aliases) {
    const type = checker.getDeclaredTypeOfSymbol(exports.find(s => s.name === alias));
    const { attribute, event } = frameworks[framework];
    const expected = [...(element.attributes ?? []).map(attribute), 'auth', ...(element.events ?? []).map(event)];
    for (const name of expected) {
      const property = type.getProperty(name);
      const propertyType = property && checker.getTypeOfSymbol(property);
      if (!property) problems.push(`${framework} <${element.tagName}>: no ${name}`);
      else if (propertyType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
        problems.push(`${framework} <${element.tagName}>: ${name} is ${checker.typeToString(propertyType)}`);
      }
    }
  }
  // The DOM maps every user gets: each tag's class, each event's type, as the manifest names them.
  const map = name => checker.getDeclaredTypeOfSymbol(exports.find(s => s.name === name));
  for (const element of elements) {
    const tag = map('Tags').getProperty(element.tagName);
    const named = tag && checker.typeToString(checker.getTypeOfSymbol(tag));
    if (named !== element.name) problems.push(`HTMLElementTagNameMap['${element.tagName}'] is ${named}`);
    for (const event of element.events ?? []) {
      const entry = map('Events').getProperty(event.name);
      const type = entry && checker.typeToString(checker.getTypeOfSymbol(entry));
      if (type !== event.type.text) problems.push(`GlobalEventHandlersEventMap['${event.name}'] is ${type}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});
