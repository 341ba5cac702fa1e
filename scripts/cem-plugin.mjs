// Analyzer plugin for custom-elements.json (see custom-elements-manifest.config.mjs). The
// analyzer reads the elements' Lit decorators itself; this plugin only shapes the manifest for the
// package as published: it drops private and protected members (an element's API is what a user
// can reach) and the global attributes the elements observe, points paths at the shipped dist/npm files instead of src/*.ts, and records where
// the tags are defined (`auth-elements/define`, which defines them in a loop the analyzer cannot
// follow).

const SOURCE = /^\/?src\/(.+)\.[jt]s$/;
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];

/** `src/elements/x.ts` (or the analyzer's `/src/elements/x.js`) → `dist/npm/elements/x.js`. */
const shipped = path => path.replace(SOURCE, 'dist/npm/$1.js');

/** Applies `fix` to every string under `key` anywhere in `value`. */
function rewrite(value, key, fix) {
  if (Array.isArray(value)) return value.forEach(item => rewrite(item, key, fix));
  if (!value || typeof value !== 'object') return;
  for (const [name, child] of Object.entries(value)) {
    if (name === key && typeof child === 'string') value[name] = fix(child);
    else rewrite(child, key, fix);
  }
}

export function authElementsPlugin({ defineModule = 'src/define.ts' } = {}) {
  return {
    name: 'auth-elements',
    // A field's JSDoc `@default` wins over the text of its initializer: a named constant
    // (`DEFAULT_TIMEOUT`) tells an editor's user nothing.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent)) return;
      const tag = ts.getJSDocTags(node).find(t => t.tagName.text === 'default');
      if (!tag) return;
      const member = moduleDoc.declarations
        ?.find(d => d.name === node.parent.name?.text)
        ?.members?.find(m => m.name === node.name.getText());
      if (member) member.default = ts.getTextOfJSDocComment(tag.comment);
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const define = modules.find(m => m.path === defineModule);
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          // Global HTML attributes the elements observe (`lang`, `dir`: their language and
          // direction) are every element's, not part of an element's own API.
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(a => !GLOBAL_ATTRIBUTES.includes(a.name));
          }
          // An attribute's default is its field's (which a JSDoc `@default` may have set).
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find(m => m.name === attribute.fieldName);
            if (field?.default !== undefined) attribute.default = field.default;
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              m => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
            );
          }
          if (define && declaration.customElement && declaration.tagName) {
            (define.exports ??= []).push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      }
      rewrite(modules, 'path', shipped);
      rewrite(modules, 'module', shipped);
    },
  };
}
