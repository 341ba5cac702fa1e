// The benchmark's record: an SVG chart drawn by hand and the markdown of bench/README.md, both
// from the results object of bench/run.mjs.

const names = {
  'user-button': '<auth-user-button>',
  'user-button-floor': 'floor: hand-written element, same DOM',
  'shoelace-menu': 'Shoelace user menu',
  'sign-out-button': '<auth-sign-out-button>',
  'amplify-sign-out': '<amplify-sign-out>',
  'user-button-profile': '<auth-user-button> (unminified)',
  'shoelace-menu-profile': 'Shoelace user menu (unminified)',
  'plain-element': 'plain custom element (control)',
};
const colors = {
  'user-button': '#1d4ed8',
  'user-button-floor': '#16a34a',
  'sign-out-button': '#0f766e',
  'shoelace-menu': '#d97706',
  'amplify-sign-out': '#dc2626',
  'plain-element': '#6b7280',
};
const name = variant => names[variant] ?? variant;
const shortNames = { 'user-button-floor': 'floor (hand-written)', 'plain-element': 'plain element (control)' };
const shortName = variant => shortNames[variant] ?? name(variant);
const shortLabels = {
  'ours-es': 'auth-elements.js (ES, every element)',
  'ours-iife': 'auth-elements.iife.js (every element)',
  'ours-original': 'two original elements (Lit in)',
  'ours-own-code': 'their own code (Lit external)',
  'ours-user-button': '<auth-user-button> alone',
  'ours-sign-out': '<auth-sign-out-button> alone',
  lit: 'Lit (all of it)',
  'reactive-element': '@lit/reactive-element',
  'shoelace-menu': 'Shoelace user menu (JS)',
  'amplify-sign-out': 'Amplify <amplify-sign-out> path',
  hanko: 'Hanko elements',
  descope: 'Descope web component',
  clerk: 'Clerk user button (script tag)',
};

const esc = text =>
  String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const fmt = (x, digits = 0) =>
  x == null || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = x => (x == null || !Number.isFinite(x) ? '–' : x >= 100 ? fmt(x) : x >= 10 ? fmt(x, 1) : fmt(x, 2));
const kb = bytes => (bytes == null ? '–' : bytes >= 1e6 ? `${fmt(bytes / 1e6, 2)} MB` : `${fmt(bytes / 1000, 1)} kB`);

/** Maps [lo, hi] (lo > 0) logarithmically onto [a, b]. */
const logScale = (lo, hi, a, b) => x =>
  a + ((Math.log10(Math.max(x, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (b - a);
const decades = (lo, hi) => {
  const out = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
};
const decadeLabel = x => (x >= 1e6 ? `${x / 1e6}M` : x >= 1e3 ? `${x / 1e3}k` : String(x));

/** A round tick step (1, 2 or 5 × 10^k) giving about five intervals over `range`. */
export function niceStep(range) {
  if (!(range > 0)) return 1;
  const raw = range / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map(m => m * power).find(step => step >= raw);
}

function text(x, y, content, attributes = '') {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${esc(content)}</text>`;
}

/** Horizontal bars on a log axis: rows of { label, value, low?, high?, color }. */
function bars({ x, y, width, title, unit, rows, format, marker }) {
  const labelWidth = 250;
  const valueWidth = 150;
  const rowHeight = 24;
  const values = rows.flatMap(r => [r.value, r.low, r.high]).filter(v => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const left = x + labelWidth;
  const right = x + width - valueWidth;
  const scale = logScale(lo, hi, left, right);
  const top = y + 34;
  const bottom = top + rows.length * rowHeight;
  const out = [text(x, y + 16, title, 'class="title"')];
  for (const tick of decades(lo, hi)) {
    const tx = scale(tick);
    out.push(`<line x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${bottom}" class="grid"/>`);
    out.push(text(tx, bottom + 16, `${decadeLabel(tick)}${unit}`, 'class="tick" text-anchor="middle"'));
  }
  if (marker) {
    const mx = scale(marker.value);
    out.push(`<line x1="${mx.toFixed(1)}" y1="${top - 8}" x2="${mx.toFixed(1)}" y2="${bottom}" class="marker"/>`);
    out.push(text(mx + 4, top - 10, marker.label, 'class="tick"'));
  }
  rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    out.push(text(left - 8, cy + 4, row.label, `class="label${row.bold ? ' bold' : ''}" text-anchor="end"`));
    out.push(
      `<rect x="${left}" y="${(cy - 8).toFixed(1)}" width="${Math.max(1, scale(row.value) - left).toFixed(1)}" height="16" fill="${row.color}" rx="2"/>`,
    );
    if (row.low != null && row.high != null) {
      const [a, b] = [scale(row.low), scale(row.high)];
      out.push(
        `<path d="M${a.toFixed(1)} ${cy - 5}v10M${a.toFixed(1)} ${cy}H${b.toFixed(1)}M${b.toFixed(1)} ${cy - 5}v10" class="whisker"/>`,
      );
    }
    out.push(text(right + 8, cy + 4, format(row), 'class="value"'));
  });
  return { svg: out.join('\n'), height: bottom + 24 - y };
}

/** Lines on two axes: series of { label, color, dashed?, points: [[x, y]] }. */
function lines({ x, y, width, height, title, series, xLabel, yLabel, logX, logY, xFormat, yFormat }) {
  const left = x + 70;
  const right = x + width - 230;
  const top = y + 34;
  const bottom = y + height - 40;
  const xs = series.flatMap(s => s.points.map(p => p[0]));
  const ys = series.flatMap(s => s.points.map(p => p[1]));
  const out = [text(x, y + 16, title, 'class="title"')];
  let sx;
  let sy;
  let xTicks;
  let yTicks;
  if (logX) {
    const lo = 10 ** Math.floor(Math.log10(Math.min(...xs)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(...xs)));
    sx = logScale(lo, hi, left, right);
    xTicks = decades(lo, hi);
  } else {
    const step = niceStep(Math.max(...xs));
    const hi = Math.ceil(Math.max(...xs) / step) * step;
    sx = v => left + (v / hi) * (right - left);
    xTicks = Array.from({ length: Math.round(hi / step) + 1 }, (_, i) => step * i);
  }
  if (logY) {
    const lo = 10 ** Math.floor(Math.log10(Math.min(...ys)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
    sy = logScale(lo, hi, bottom, top);
    yTicks = decades(lo, hi);
  } else {
    const step = niceStep(Math.max(...ys) - Math.min(...ys, 0));
    const lo = Math.floor(Math.min(...ys, 0) / step) * step;
    const hi = Math.ceil(Math.max(...ys) / step) * step || step;
    sy = v => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
    yTicks = Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + step * i);
  }
  for (const tick of xTicks) {
    const tx = sx(tick);
    out.push(`<line x1="${tx.toFixed(1)}" y1="${top}" x2="${tx.toFixed(1)}" y2="${bottom}" class="grid"/>`);
    out.push(text(tx, bottom + 16, xFormat(tick), 'class="tick" text-anchor="middle"'));
  }
  for (const tick of yTicks) {
    const ty = sy(tick);
    out.push(`<line x1="${left}" y1="${ty.toFixed(1)}" x2="${right}" y2="${ty.toFixed(1)}" class="grid"/>`);
    out.push(text(left - 6, ty + 4, yFormat(tick), 'class="tick" text-anchor="end"'));
  }
  out.push(`<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" class="frame"/>`);
  out.push(text((left + right) / 2, bottom + 34, xLabel, 'class="axis" text-anchor="middle"'));
  out.push(
    text(
      x + 12,
      (top + bottom) / 2,
      yLabel,
      `class="axis" text-anchor="middle" transform="rotate(-90 ${x + 12} ${(top + bottom) / 2})"`,
    ),
  );
  series.forEach((s, i) => {
    const d = s.points.map(([px, py], j) => `${j ? 'L' : 'M'}${sx(px).toFixed(1)} ${sy(py).toFixed(1)}`).join('');
    out.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    for (const [px, py] of s.points) {
      out.push(`<circle cx="${sx(px).toFixed(1)}" cy="${sy(py).toFixed(1)}" r="3" fill="${s.color}"/>`);
    }
    const ly = top + 10 + i * 20;
    out.push(
      `<line x1="${right + 16}" y1="${ly}" x2="${right + 40}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    out.push(text(right + 46, ly + 4, s.label, 'class="legend"'));
  });
  return { svg: out.join('\n'), height };
}

/** The chart of bench/README.md: sizes, render of 1000, scaling, heap over cycles. */
export function chart(results) {
  const width = 1000;
  const parts = [];
  let y = 16;
  const add = ({ svg, height }) => {
    parts.push(svg);
    y += height + 20;
  };
  add(
    bars({
      x: 16,
      y,
      width: width - 32,
      title: 'Download size, brotli 11 (log scale)',
      unit: ' B',
      rows: results.sizes
        .filter(s => s.id != 'shoelace-menu-css')
        .map(s => ({
          label: shortLabels[s.id] ?? s.label,
          value: s.brotli,
          color: s.ours ? colors['user-button'] : s.id.startsWith('shoelace') ? colors['shoelace-menu'] : '#6b7280',
          bold: s.ours,
        })),
      format: row => `${fmt(row.value)} B`,
      marker: results.sizeBudget && { value: results.sizeBudget, label: `budget ${fmt(results.sizeBudget)} B` },
    }),
  );
  const thousand = results.render.filter(r => r.n == 1000);
  add(
    bars({
      x: 16,
      y,
      width: width - 32,
      title: 'Define + first render of 1000 instances, ms to the painted frame (median, IQR whiskers, log scale)',
      unit: ' ms',
      rows: thousand.map(r => ({
        label: shortName(r.variant),
        value: r.paint.median,
        low: r.paint.p25,
        high: r.paint.p75,
        color: colors[r.variant] ?? '#6b7280',
        bold: !['shoelace-menu', 'amplify-sign-out', 'user-button-floor'].includes(r.variant),
      })),
      format: row => `${ms(row.value)} ms`,
    }),
  );
  add(
    lines({
      x: 16,
      y,
      width: width - 32,
      height: 320,
      title: 'Scaling: define + first render, median ms by instance count (log–log)',
      series: ['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out']
        .map(variant => ({
          label: shortName(variant),
          color: colors[variant],
          dashed: variant == 'user-button-floor',
          points: results.render
            .filter(r => r.variant == variant)
            .sort((a, b) => a.n - b.n)
            .map(r => [r.n, r.paint.median]),
        }))
        .filter(s => s.points.length),
      xLabel: 'instances',
      yLabel: 'ms',
      logX: true,
      logY: true,
      xFormat: decadeLabel,
      yFormat: decadeLabel,
    }),
  );
  add(
    lines({
      x: 16,
      y,
      width: width - 32,
      height: 280,
      title: 'JS heap after garbage collection over 10,000 mount/unmount cycles, change since the first reading',
      series: results.cycles.map(c => ({
        label: shortName(c.variant),
        color: colors[c.variant],
        points: c.series.map(([cycles, js]) => [cycles, (js - c.series[0][1]) / 1000]),
      })),
      xLabel: 'mount/unmount cycles (after a warm-up)',
      yLabel: 'kB',
      xFormat: x => fmt(x),
      yFormat: x => fmt(x, 1),
    }),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    '<style>',
    '.title{font-size:15px;font-weight:600;fill:#111827}.label{font-size:12px;fill:#1f2937}.bold{font-weight:600}',
    '.value,.legend{font-size:12px;fill:#1f2937}.tick{font-size:11px;fill:#6b7280}.axis{font-size:12px;fill:#374151}',
    '.grid{stroke:#e5e7eb;stroke-width:1}.frame{fill:none;stroke:#9ca3af}.whisker{stroke:#111827;stroke-width:1.5;fill:none}',
    '.marker{stroke:#111827;stroke-width:1;stroke-dasharray:4 3}',
    '</style>',
    `<rect width="${width}" height="${y}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

const row = cells => `| ${cells.join(' | ')} |`;
/** A markdown table; a column whose cells all read as numbers is right-aligned. */
const table = (head, rows) => {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every(cells => /^(\*\*)?([-+–]|[-+]?\d)/.test(cells[i])));
  return [row(head), row(numeric.map(right => (right ? '---:' : '---'))), ...rows.map(row)].join('\n');
};
const iqr = s => (s && s.n ? `${ms(s.p25)}–${ms(s.p75)}` : '–');
const md = text => String(text).replace(/[<>|]/g, c => ({ '<': '&lt;', '>': '&gt;', '|': '\\|' })[c]);
/** A code span in a table cell (entities are not decoded inside code spans, pipes still split cells). */
const code = text => `\`${String(text).replaceAll('`', "'").replaceAll('|', '\\|')}\``;

/** bench/README.md. */
export function markdown(r) {
  const at = (variant, n) => r.render.find(x => x.variant == variant && x.n == n);
  const ours = r.sizes.find(s => s.id == 'ours-es');
  const out = [];
  const p = (...lines) => out.push(lines.join('\n'), '');

  p(
    '# Benchmarks',
    '',
    '`npm run bench` measures the elements against their peers in one run on Debian’s Chromium and',
    'writes this file, [`results.json`](results.json) (every number, with spreads) and [`chart.svg`](chart.svg).',
    'The peers are devDependencies of `bench/package.json` only, installed by `npm run bench`, so',
    '`npm ci` and `npm test` stay lean. This file and the chart are generated: edit `bench/lib/report.mjs`.',
  );
  p(
    `**Machine of this run** (${r.date.slice(0, 10)}): ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os};`,
    `Node ${r.machine.node}; Chromium ${r.machine.chromium}. Load average ${r.machine.loadAverageAtStart.join(', ')} at the start`,
    `and ${r.machine.loadAverageAtEnd.join(', ')} at the end: the machine is shared with other work, so absolute`,
    'times vary from run to run. **The ratios between variants of the same run are what count**: samples',
    'of the compared variants are interleaved, so they share the same conditions.',
  );
  if (r.carriedOver) {
    p(
      `**A partial run** (\`--only render\`): sizes, render cost and scaling are of this run; interaction, the`,
      `mount/unmount cycles and the profiles are kept from the full run of ${r.carriedOver.from.slice(0, 10)}.`,
    );
  }
  p('![Sizes, render of 1000 instances, scaling and heap over mount/unmount cycles](chart.svg)');

  p(
    '## Goals',
    '',
    table(
      ['goal', 'result', ''],
      r.goals.map(g => [md(g.goal), md(g.result), g.met == null ? 'not judged' : g.met ? 'met' : '**missed**']),
    ),
  );

  p(
    '## Size',
    '',
    'Bytes a page downloads for the element, minified: raw, gzip -9 and brotli 11 (each file compressed',
    'alone, then added up). Our bundles and Lit include everything they need. The Shoelace menu, Lit and our',
    'per-element entries are built by this benchmark with the project’s own vite config (same target,',
    'minifier and options as `dist/auth-elements.js`); Hanko, Descope and Clerk are their prebuilt browser',
    'bundles as published.',
    '',
    table(
      ['bundle', 'raw', 'gzip -9', 'brotli 11', '× ours (brotli)'],
      r.sizes.map(s => [
        s.ours ? `**${md(s.label)}**` : md(s.label),
        fmt(s.raw),
        fmt(s.gzip),
        fmt(s.brotli),
        s.ours ? '' : `${fmt(s.brotli / ours.brotli, 1)}×`,
      ]),
    ),
    '',
    'What each row holds:',
    '',
    ...r.sizes.map(s => `- ${md(s.label)}: ${s.files.map(f => `\`${f}\``).join(', ')}`),
    '',
    'Notes. Clerk: `clerk.browser.js` is the script tag’s core; it loads `@clerk/ui`’s `ui.browser.js`, which',
    'loads the chunks its `UserButton` loader names (read from `ui.browser.js`); Clerk’s environment and',
    'client JSON, fonts and images come on top. Descope: the web component then loads its UI component',
    'library and flow screens from Descope’s CDN at run time, not counted here. Hanko: one bundle for all',
    'its elements (it has no user button of its own). Amplify UI 1.x (deprecated by AWS) loads through',
    'Stencil’s lazy loader: the row counts the loader and the chunks `<amplify-sign-out>` needs (with',
    '`@aws-amplify/auth` and `core`), not the other components’ chunks.',
  );

  const renderRows = variants =>
    r.render
      .filter(x => variants.includes(x.variant))
      .sort((a, b) => a.n - b.n || variants.indexOf(a.variant) - variants.indexOf(b.variant))
      .map(x => [
        String(fmt(x.n)),
        md(name(x.variant)),
        `**${ms(x.paint.median)}**`,
        iqr(x.paint),
        `${ms(x.paint.min)}–${ms(x.paint.max)}`,
        String(x.paint.n),
        ms(x.define.median),
        ms(x.ready.median),
        ms(x.layout.median),
      ]);
  const ratioRows = (key, label) =>
    Object.entries(r.ratios[key]).map(([n, q]) => [
      md(label),
      fmt(+n),
      `${fmt(q.median, 1)}×`,
      `${fmt(q.conservative, 1)}×`,
    ]);
  p(
    '## Render cost',
    '',
    'Time to define the tags and first-render n instances, signed in, in ms from before the bundle is',
    'imported to the frame that paints them. Every sample is a fresh browser context (new renderer, empty',
    'caches and heap) on `bench/pages/bench.html`, which measures in the page with `performance.now()`:',
    '`define` = `import()` of the bundle (fetch from a local server, parse, run, define); `ready` = + appending',
    'n instances in one fragment and awaiting each one’s first update (`updateComplete`; Stencil’s',
    '`componentOnReady()`); `layout` = + a forced style and layout; **paint** = + two',
    '`requestAnimationFrame`s, so the frame that paints them has begun. The content is the same on both sides:',
    'an avatar trigger (initials), a header with avatar, name and email, and Manage account, Add account',
    'and Sign out. The Shoelace menu is cloned from a `<template>` and its light theme CSS is loaded before',
    'the clock starts. Samples of the variants compared at one n are interleaved (round robin, order',
    'rotated every round). Spread: IQR (25th–75th percentile) and min–max.',
    '',
    '**The floor** is what rendering the same thing costs at the least: a hand-written custom element',
    '(`bench/entries/floor-user-button.js`, no library) that clones one `<template>` into a shadow root per',
    'instance and fills in the name, email, initials and colour by position, adopting the same stylesheets',
    'as ours (their text is read from a rendered `<auth-user-button>` before the run). It reads `window.Auth`',
    'once and does none of the element’s other work (locale, client changes, keyboard model, flights).',
    '`bench/test/floor.test.mjs` checks in Chromium that its shadow DOM is ours: the same elements,',
    'attributes and text (template comments aside), the same stylesheets and the same boxes.',
    '',
    table(
      ['n', 'variant', 'paint (median)', 'IQR', 'min–max', 'samples', 'define', 'ready', 'layout'],
      renderRows(['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out']),
    ),
    '',
    r.renderSkipped?.length
      ? `Not run: ${r.renderSkipped.map(s => `${md(name(s.variant))} × ${fmt(s.n)} (the smaller counts predict about ${fmt(s.predictedMs / 1000)} s per sample, over the budget)`).join('; ')}.`
      : 'Every planned count ran.',
    '',
    'Our time as a multiple of the floor’s (the ratio of the medians; the range: our 25th percentile over',
    'the floor’s 75th, and our 75th over its 25th):',
    '',
    table(
      ['n', '&lt;auth-user-button&gt; ÷ floor', 'range'],
      Object.entries(r.ratios.userButtonVsFloor ?? {}).map(([n, q]) => [
        fmt(+n),
        `**${fmt(q.median, 2)}×**`,
        `${fmt(q.low, 2)}–${fmt(q.high, 2)}×`,
      ]),
    ),
    '',
    'How many times faster ours is than the peers (medians; conservative: the peer’s 25th percentile over',
    'our 75th):',
    '',
    table(
      ['comparison', 'n', 'median ratio', 'conservative'],
      [
        ...ratioRows('userButtonVsShoelace', '<auth-user-button> vs Shoelace menu'),
        ...ratioRows('signOutVsAmplify', '<auth-sign-out-button> vs <amplify-sign-out>'),
      ],
    ),
    '',
    '`<amplify-sign-out>` runs without a backend: it renders and its click calls `Auth.signOut()`, which',
    'resolves with no user pool configured. aws-amplify 4 reads Node’s `global`, so its page sets',
    '`window.global = window` first, as Amplify documents for Vite builds.',
  );

  p(
    '## Scaling',
    '',
    'Median ms (paint) by instance count. The fixed cost (loading and defining, the n = 1 time) hides the',
    'per-instance cost at small counts, so linearity is read from the marginal cost per instance between',
    'successive counts from 100 up, and from the slope of log(cost − fixed cost) against log(n): 1 is',
    'linear, 2 quadratic. Linear here means every marginal cost within a factor of 2 of the last one and a',
    'slope between 0.8 and 1.2.',
    '',
    table(
      [
        'variant',
        ...[1, 10, 100, 1000, 10000].map(n => `n = ${fmt(n)}`),
        'µs per instance (marginal)',
        'log–log slope',
        'linear',
      ],
      Object.entries(r.scaling).map(([variant, s]) => [
        md(name(variant)),
        ...[1, 10, 100, 1000, 10000].map(n => ms(s.points.find(([pn]) => pn == n)?.[1])),
        (s.marginal ?? []).map(m => `${fmt(m.from)}→${fmt(m.to)}: ${fmt(m.usPerInstance, 1)}`).join('; ') || '–',
        s.logLogSlope == null ? '–' : fmt(s.logLogSlope, 2),
        s.linear == null ? '–' : s.linear ? 'yes' : '**no**',
      ]),
    ),
  );

  const interactionRows = Object.entries(r.interaction.open).map(([variant, x]) => [
    md(name(variant)),
    `**${ms(x.visible.ms.median)}** (${iqr(x.visible.ms)})`,
    `${fmt(x.visible.frames.median)} (${fmt(x.visible.frames.min)}–${fmt(x.visible.frames.max)})`,
    `${ms(x.settled.ms.median)} (${iqr(x.settled.ms)})`,
    `${fmt(x.settled.frames.median)}`,
    String(x.visible.ms.n),
  ]);
  const signOutRows = Object.entries(r.interaction.signOut).map(([variant, x]) => [
    md(name(variant)),
    x.signOut ? `**${ms(x.signOut.median)}** (${iqr(x.signOut)})` : 'no such event',
    `${ms(x.signedOut.median)} (${iqr(x.signedOut)})`,
    String(x.signedOut.n),
  ]);
  p(
    '## Interaction',
    '',
    'One instance, fresh context per sample, samples interleaved. Playwright clicks the trigger (real input',
    'events through the DevTools protocol); the page measures from the `click` event’s time stamp (the input’s',
    'time) with `performance.now()`, counting `requestAnimationFrame` callbacks until the menu passes',
    '`checkVisibility({ opacityProperty: true, visibilityProperty: true })` (visible), and until no animation',
    'runs (settled: Shoelace fades and scales its panel in; ours has no animation).',
    '',
    table(
      ['click to menu', 'visible, ms (IQR)', 'frames (min–max)', 'settled, ms (IQR)', 'frames', 'samples'],
      interactionRows,
    ),
    '',
    'Click to sign-out: to `auth-sign-out` (dispatched before the client is called) and to `auth-signed-out`',
    '(the client’s `signOut()` resolved; this client resolves at once). The user button’s row clicks “Sign',
    'out” in the open menu. Amplify has neither event: its `handleAuthStateChange("signedout")`, called after',
    '`Auth.signOut()` resolved, stands for `auth-signed-out`.',
    '',
    table(['click to', 'auth-sign-out, ms (IQR)', 'signed out, ms (IQR)', 'samples'], signOutRows),
  );

  const sign = x => `${x >= 0 ? '+' : ''}${fmt(x)} B`;
  const cycleRows = r.cycles.map(c => [
    md(name(c.variant)),
    kb(c.js.firstBytes),
    sign(c.js.change),
    `${fmt(c.js.bytesPer1000Cycles)} B (R² ${fmt(c.js.r2, 2)})`,
    sign(c.blink.change),
    String(c.alive),
    c.js.grows || c.alive ? '**grows**' : 'no growth',
  ]);
  const control = r.cycles.find(c => c.variant == 'plain-element');
  p(
    '## Memory',
    '',
    'Heap per 1000 instances, from the render samples: the heap after rendering minus the heap before the',
    'bundle was imported, both after garbage collection (DevTools protocol `HeapProfiler.collectGarbage`',
    'then `Runtime.getHeapUsage`), at n = 1000 minus at n = 1, scaled to 1000. JS is V8’s heap',
    '(`usedSize`); DOM is Blink’s garbage-collected heap (`embedderHeapUsedSize`), where elements and shadow',
    'roots live.',
    '',
    table(
      ['variant', 'JS heap per 1000', 'DOM heap per 1000'],
      Object.entries(r.memory).map(([variant, m]) => [md(name(variant)), kb(m.jsPer1000), kb(m.blinkPer1000)]),
    ),
    '',
    '### Mount/unmount cycles',
    '',
    'One page appends an instance, awaits its first render, opens its menu (the user button: its window',
    'listeners and the top-layer popover come and go), and removes it, 13,000 times: 3,000 to warm up (the',
    'engine compiles and optimizes code and sizes its tables meanwhile), then 10 rounds of 1,000 with the',
    'heap read after garbage collection before the first round and after each. The trend is the',
    'least-squares slope of the JS heap over the 11 readings. V8 stores a pointer in 4 bytes, so keeping',
    'even one pointer per cycle would add 4,000 B per 1000 cycles, and keeping an element far more: the',
    `verdict is “grows” at ${fmt(r.cycles[0]?.js.threshold)} B per 1000 cycles or more, or when any instance is still`,
    'alive at the end (counted with the DevTools protocol’s `Runtime.queryObjects` on the element’s',
    'prototype, after garbage collection). The control is a plain custom element (no library, a shadow',
    'root with one button) cycled the same way: its trend is the engine’s own. Blink’s heap readings',
    'move by some 10–30 kB with the timing of its sweeping, so they are shown, not judged.',
    '',
    table(
      ['variant', 'JS heap at first', 'JS change', 'JS trend per 1000 cycles', 'DOM change', 'alive', 'verdict'],
      cycleRows,
    ),
    '',
    control ? `The control’s trend is ${fmt(control.js.bytesPer1000Cycles)} B per 1000 cycles.` : '',
    '',
    'What grew between the end of the warm-up and 10,000 cycles later, from two heap snapshots taken in another',
    'page running the same cycles (taking a snapshot perturbs the heap, so not in the measured one); largest',
    'changes by node type and name. How to read them: `code system / …` rows are compiled code and its',
    'type feedback (the engine still optimizing), `native system / WeakArrayList` is one of V8’s internal',
    'lists, `native blink::Heap…Backing` rows are the storage of Blink’s internal tables and vectors (a count',
    'of +0 is an existing table resized), and `Performance…Timing` rows are entries of the page’s performance',
    'timeline (a bounded buffer). An object of the elements that stayed alive would show here by its class',
    'name with a count in the thousands.',
    '',
    ...r.cycles
      .filter(c => c.snapshotGrowth)
      .flatMap(c => [
        `**${md(name(c.variant))}**`,
        '',
        table(
          ['bytes', 'count', 'what'],
          c.snapshotGrowth.map(g => [sign(g.bytes), `${g.count >= 0 ? '+' : ''}${fmt(g.count)}`, code(g.what)]),
        ),
        '',
      ]),
  );

  const profileTable = prof =>
    table(
      ['self time', 'share', 'function', 'where'],
      prof.functions.map(f => [
        `${ms(f.selfMs)} ms`,
        `${fmt(f.share * 100, 1)}%`,
        code(f.name),
        f.where ? code(f.where) : '',
      ]),
    );
  p(
    '## Profiles',
    '',
    'Sampling CPU profiles (100 µs) of one render, unminified builds so names are readable; self time per',
    'function, idle left out. `(program)` is the renderer’s work outside JavaScript; a forced style or layout',
    'counts as self time of the function that forced it (here `render` of the page, or a peer’s',
    '`getComputedStyle` caller).',
    '',
    ...r.profiles.flatMap(prof => [
      `### ${md(name(prof.variant))}, ${fmt(prof.n)} instances: ${ms(prof.times.paint)} ms to paint, ${fmt(prof.totalMs)} ms profiled`,
      '',
      profileTable(prof),
      '',
    ]),
  );

  p('## What the profiles say', '', findings(r, at));

  p(
    '## Running it',
    '',
    '```sh',
    'npm run build:cdn   # dist/auth-elements.js and .iife.js (npm run bench does this first)',
    'npm run bench       # installs bench/node_modules when needed, measures, rewrites these files',
    'BENCH_ONLY=render npm run bench   # sizes, render and scaling only; the rest kept from the last full run',
    'BENCH_ONLY=floor npm run bench    # ours vs the floor at 1000 instances: prints the ratio, writes nothing',
    'node bench/run.mjs --quick   # two samples of everything, nothing written: to try changes',
    'node --test bench/test/      # the statistics, the report, and the floor against our element (Chromium)',
    '```',
    '',
    '`--only render` and `--only floor` do the same as the variables. The full run takes 8 to 25 minutes on',
    'two shared cores, most of it Shoelace at 1000 instances (part of `render` too), the memory cycles and',
    'the profiles; `floor` takes about a minute.',
    '',
    'The pages are served from memory by a small static server on 127.0.0.1; Chromium is Debian’s',
    '(`/usr/bin/chromium`, headless, through playwright-core). Peer versions are pinned in',
    '`bench/package.json` and its lock file (`@clerk/ui` 1.34.0: 1.36.0 asks for `@clerk/localizations`',
    '^4.20.0, which did not resolve when the versions were pinned). After editing `bench/lib/report.mjs`,',
    '`node bench/run.mjs --report` rewrites this file and the chart from `results.json` without measuring.',
  );
  return out.join('\n');
}

/** The explanation of the render numbers, from the phases and profiles of this run. */
function findings(r, at) {
  const lines = [];
  const ub = at('user-button', 1000);
  const floor = at('user-button-floor', 1000);
  if (ub && floor) {
    const phase = (x, key, from) => x[key].median - (from ? x[from].median : 0);
    const phases = [
      ['define (import and define)', 'define'],
      ['first renders', 'ready', 'define'],
      ['style and layout', 'layout', 'ready'],
      ['to the painted frame', 'paint', 'layout'],
    ];
    lines.push(
      '- **Ours against the floor**, 1000 instances, each phase as the difference of the medians of the',
      '  times at its end and at its start (ms). The DOM and the stylesheets are the same, so what ours',
      '  spends over the floor is the work of rendering it: the library, the reactive update cycle and',
      '  what the elements compute.',
      '',
      table(
        ['phase', 'ours', 'floor', 'ours − floor'],
        phases.map(([label, key, from]) => [
          label,
          ms(phase(ub, key, from)),
          ms(phase(floor, key, from)),
          ms(phase(ub, key, from) - phase(floor, key, from)),
        ]),
      ).replace(/^/gm, '  '),
      '',
    );
  }
  const ours = r.profiles.find(x => x.variant == 'user-button-profile');
  // The page's own functions (its `render` holds the forced style and layout) are not ours.
  const busiest = ours?.functions
    .filter(f => !f.name.startsWith('(') && !f.where?.includes('/bench/pages/'))
    .slice(0, 4);
  if (busiest?.length) {
    lines.push(
      `- **Ours, profiled** (1000 instances, unminified): the largest self times outside the page's own code are ${busiest
        .map(f => `${code(f.name)} ${ms(f.selfMs)} ms (${fmt(f.share * 100)}%)`)
        .join(', ')}.`,
    );
  }
  const shoelace = r.profiles.find(x => x.variant == 'shoelace-menu-profile');
  const top = shoelace?.functions.find(f => f.name != '(program)' && f.name != '(garbage collector)');
  if (top) {
    lines.push(
      `- **Shoelace.** The largest self time is ${code(top.name)} (${ms(top.selfMs)} ms, ${fmt(top.share * 100)}%${top.where ? ` at ${code(top.where)}` : ''}).`,
    );
    if (top.name == 'renderSubmenu') {
      lines.push(
        '  Each `<sl-menu-item>` renders its submenu popup after `getComputedStyle(this.host).direction`, which',
        '  forces a style recalculation of the page per menu item while the instances are being rendered: the',
        '  cost per instance grows with the number already on the page (see Scaling).',
      );
    }
  }
  return lines.join('\n');
}
