// Analyzer plugin for custom-elements.json (see custom-elements-manifest.config.mjs). The
// analyzer's Lit support reads `static properties`, but it turns `state: true` entries into
// attributes and names an attribute after the camelCase property, where Lit lowercases it; and
// its paths point at src/*.ts, which the package does not ship. This fixes those three things,
// drops private members (an element's API is what a user can reach) and records where the tags
// are defined (`auth-elements/define`, which defines them in a loop the analyzer cannot follow).

const SOURCE = /^\/?src\/(.+)\.[jt]s$/;

/** `src/elements/x.ts` (or the analyzer's `/src/elements/x.js`) → `dist/npm/elements/x.js`. */
const shipped = path => path.replace(SOURCE, 'dist/npm/$1.js');

/** The object literal of `static properties = {…}` or `static get properties() { return {…} }`. */
function propertiesObject(ts, classNode) {
  for (const member of classNode.members) {
    const isStatic = member.modifiers?.some(m => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    const value = ts.isGetAccessor(member)
      ? member.body?.statements.find(ts.isReturnStatement)?.expression
      : member.initializer;
    if (value && ts.isObjectLiteralExpression(value)) return value;
  }
  return null;
}

/** The options of one `static properties` entry: `{ attribute: 'x', state: true, … }` as values. */
function options(ts, entry) {
  const found = {};
  if (!ts.isObjectLiteralExpression(entry.initializer)) return found;
  for (const option of entry.initializer.properties) {
    if (!ts.isPropertyAssignment(option)) continue;
    const value = option.initializer;
    found[option.name.getText()] =
      value.kind === ts.SyntaxKind.TrueKeyword
        ? true
        : value.kind === ts.SyntaxKind.FalseKeyword
          ? false
          : ts.isStringLiteral(value)
            ? value.text
            : value.getText();
  }
  return found;
}

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
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const doc = moduleDoc.declarations?.find(d => d.name === node.name.getText());
      const object = doc && propertiesObject(ts, node);
      if (!object) return;
      for (const entry of object.properties) {
        if (!ts.isPropertyAssignment(entry)) continue;
        const name = entry.name.getText();
        const { attribute, state } = options(ts, entry);
        const member = doc.members?.find(m => m.name === name);
        const attributeDoc = doc.attributes?.find(a => a.fieldName === name);
        if (state || attribute === false) {
          // Internal reactive state: no attribute.
          doc.attributes = doc.attributes?.filter(a => a !== attributeDoc);
          delete member?.attribute;
          delete member?.reflects;
        } else if (typeof attribute !== 'string' && attributeDoc) {
          // Lit's default attribute is the property name lowercased.
          attributeDoc.name = name.toLowerCase();
          if (member) member.attribute = attributeDoc.name;
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const define = modules.find(m => m.path === defineModule);
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(m => m.privacy !== 'private' && !m.name.startsWith('#'));
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
