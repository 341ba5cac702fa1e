// Reading custom-elements.json for the generators (scripts/surface.mjs, scripts/editor-data.mjs):
// only the standard manifest schema, whatever wrote it (the analyzer's Lit support from
// decorators or `static properties`, with or without a plugin).
//
// An element's public surface, as users and frameworks reach it:
// - fields: instance fields (`kind: 'field'`, not static) that are public (no `privacy`, or
//   `public`) and not `#private`; inherited ones included. Lit's `@state` fields are private or
//   protected, so they are left out.
// - properties: the fields users set: not `readonly` (a getter without a setter).
// - attributes: those of such a property (an attribute of a private property is not API).
// - events, slots, CSS parts: as listed.

/** `src/elements/x.ts`, `/src/elements/x.js` or `dist/npm/elements/x.js` → `src/elements/x.ts`. */
export function sourcePath(path) {
  return path
    .replace(/^\//, '')
    .replace(/^dist\/npm\//, 'src/')
    .replace(/\.js$/, '.ts');
}

const isPublicField = member =>
  member.kind === 'field' &&
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('#');

/** A class declaration by module and name, from a `superclass` or `inheritedFrom` reference. */
function find(manifest, reference) {
  const module = manifest.modules.find(m => reference.module && sourcePath(m.path) === sourcePath(reference.module));
  return module?.declarations?.find(d => d.kind === 'class' && d.name === reference.name) ?? null;
}

/**
 * `list` of the declaration and of its superclasses in the manifest, by name, own entries first:
 * the analyzer copies inherited members into each subclass (with `inheritedFrom`), but a
 * manifest written otherwise may not.
 */
function inherited(manifest, declaration, list, key = item => item.name, seen = new Set()) {
  if (seen.has(declaration)) return [];
  seen.add(declaration);
  const own = declaration[list] ?? [];
  const parent = declaration.superclass && find(manifest, declaration.superclass);
  const theirs = parent ? inherited(manifest, parent, list, key, seen) : [];
  const names = new Set(own.map(key));
  return [...own, ...theirs.filter(item => !names.has(key(item)))];
}

/**
 * Every custom element of the manifest (a class with a tag name) with its public surface, in
 * manifest order: `{ tag, className, source, summary, description, declaration, fields,
 * properties, attributes, events, slots, cssParts }`; `fields` and `properties` are members,
 * `attributes` the attribute entries with `fieldName` pointing at one of the properties.
 */
export function customElements(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      const fields = inherited(manifest, declaration, 'members').filter(isPublicField);
      const properties = fields.filter(field => !field.readonly);
      const names = new Set(properties.map(p => p.name));
      const attributes = inherited(manifest, declaration, 'attributes').filter(
        a => !a.fieldName || names.has(a.fieldName),
      );
      for (const attribute of attributes) {
        // Lit lowercases a property name it uses as the attribute name; the analyzer keeps the case.
        if (attribute.name !== attribute.name.toLowerCase()) {
          throw new Error(
            `<${declaration.tagName}> attribute "${attribute.name}": name it explicitly in kebab-case ({ attribute: '…' })`,
          );
        }
      }
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        source: sourcePath(module.path),
        summary: declaration.summary,
        description: declaration.description,
        declaration,
        fields,
        properties,
        attributes,
        events: inherited(manifest, declaration, 'events').filter(e => e.name),
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
      });
    }
  }
  return elements;
}
