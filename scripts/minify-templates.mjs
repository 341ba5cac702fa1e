// A vite plugin for the bundles: minifies the text of the elements' templates.
// - css`…` in src/**/*.styles.ts (plain CSS, no `${…}`): comments and white space out.
// - html`…` in src/**/*.ts: each run of white space that holds a line break becomes one space,
//   which HTML renders the same (no template of ours has <pre> or <textarea>); the indentation
//   that formatting adds costs bytes and nothing else.
export function minifyTemplates() {
  return {
    name: 'auth-elements:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = /\.styles\.ts$/.test(id)
        ? code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minifyCss(text)}\``)
        : code;
      if (out.includes('html`')) out = minifyHtml(out);
      return out == code ? null : { code: out, map: null };
    },
  };
}

export function minifyCss(text) {
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

/**
 * Collapses line breaks and indentation in the static text of every html`…` template of `code`
 * (TypeScript source), leaving the `${…}` expressions, and the templates nested in them, to be
 * handled in turn.
 */
export function minifyHtml(code) {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const start = code.indexOf('html`', i);
    if (start < 0) break;
    out += code.slice(i, start + 5);
    i = start + 5;
    // The template's text, up to its closing backtick; `${` opens an expression to copy as it is.
    let text = '';
    while (i < code.length && code[i] != '`') {
      if (code[i] == '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        out += text.replace(/\s*\n\s*/g, ' ');
        text = '';
        const end = expressionEnd(code, i + 2);
        out += '${' + minifyHtml(code.slice(i + 2, end)) + '}';
        i = end + 1;
      } else {
        text += code[i++];
      }
    }
    out += text.replace(/\s*\n\s*/g, ' ');
  }
  return out + code.slice(i);
}

/** The index of the `}` that closes the expression starting at `i`, skipping strings and templates. */
function expressionEnd(code, i) {
  let depth = 0;
  while (i < code.length) {
    const char = code[i];
    if (char == '{') depth++;
    else if (char == '}' && depth-- == 0) return i;
    else if (char == '"' || char == "'" || char == '`') i = stringEnd(code, i);
    i++;
  }
  throw new Error('unterminated template expression');
}

/** The index of the quote that closes the string or template starting at `i`. */
function stringEnd(code, i) {
  const quote = code[i++];
  while (i < code.length && code[i] != quote) {
    if (code[i] == '\\') i++;
    else if (quote == '`' && code.startsWith('${', i)) i = expressionEnd(code, i + 2);
    i++;
  }
  return i;
}
