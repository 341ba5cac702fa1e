// The generated record: the chart and the markdown from bench/results.json, the last run's
// results (`node --test bench/test/`; no browser, no peers needed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { chart, markdown, niceStep } from '../lib/report.mjs';

const results = JSON.parse(readFileSync(new URL('../results.json', import.meta.url), 'utf8'));

test('tick steps are 1, 2 or 5 times a power of ten, about five to a range', () => {
  assert.equal(niceStep(10_000), 2000);
  assert.equal(niceStep(23), 5);
  assert.equal(niceStep(0.9), 0.2);
  assert.equal(niceStep(0), 1);
});

test('the chart is one SVG document with every size and every 1000-instance render', () => {
  const svg = chart(results);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
  assert.ok(svg.trimEnd().endsWith('</svg>'));
  assert.doesNotMatch(svg, /NaN|undefined|Infinity/);
  // Every element is closed: open tags (not self-closing) match closing tags.
  for (const tag of ['text', 'style', 'svg']) {
    assert.equal(
      svg.match(new RegExp(`<${tag}[ >]`, 'g'))?.length,
      svg.match(new RegExp(`</${tag}>`, 'g'))?.length,
      tag,
    );
  }
  // Text is escaped: no raw element names of ours inside <text>.
  assert.doesNotMatch(svg, /<text[^>]*>[^<]*<auth-/);
  const bars = svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="16"/g) ?? [];
  const sizes = results.sizes.filter(s => s.id != 'shoelace-menu-css').length;
  assert.equal(bars.length, sizes + results.render.filter(r => r.n == 1000).length);
});

test('the markdown states every goal, every bundle and the machine', () => {
  const text = markdown(results);
  assert.doesNotMatch(text, /NaN|undefined/);
  for (const goal of results.goals)
    assert.ok(text.includes(goal.goal.replace(/</g, '&lt;').replace(/>/g, '&gt;')), goal.goal);
  for (const size of results.sizes) assert.ok(text.includes(size.brotli.toLocaleString('en-US')), size.label);
  assert.ok(text.includes(results.machine.chromium));
  assert.match(text, /The ratios between variants of the same run are what count/);
});

test('the markdown gives our render as a multiple of the floor at every count measured', () => {
  const text = markdown(results);
  const ratios = Object.entries(results.ratios.userButtonVsFloor);
  assert.ok(
    ratios.some(([n]) => n == '1000'),
    'the floor is measured at 1000 instances',
  );
  for (const [n, q] of ratios) {
    const row = `| ${Number(n).toLocaleString('en-US')} |`;
    assert.ok(text.includes(row) && text.includes(`**${q.median.toFixed(2)}×**`), `n = ${n}`);
  }
  assert.match(text, /at most 1\.5x the floor/);
});
