// A vite plugin for the bundles: minifies the CSS inside css`…` templates of src/**/*.styles.ts
// (comments and white space out). Those files hold plain CSS only, no `${…}` expressions.
export function minifyCss() {
  return {
    name: 'auth-elements:minify-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
      return {
        code: code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minify(text)}\``),
        map: null,
      };
    },
  };
}

export function minify(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // [part~='menu-item'] → [part~=menu-item]: identifiers need no quotes.
      .replace(/\[([\w-]+)([~|^$*]?=)'(-?[a-zA-Z_][\w-]*)'\]/g, '[$1$2$3]')
      .trim()
  );
}
