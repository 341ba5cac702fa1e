// The benchmark's statistics: `node --test bench/test/` (no browser, no peers needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { growth, linearFit, quantile, scaling, speedup, summarize, timesSlower } from '../lib/stats.mjs';

test('quantiles interpolate between order statistics', () => {
  const sorted = [1, 2, 3, 4, 10];
  assert.equal(quantile(sorted, 0), 1);
  assert.equal(quantile(sorted, 0.5), 3);
  assert.equal(quantile(sorted, 0.25), 2);
  assert.ok(Math.abs(quantile(sorted, 0.9) - 7.6) < 1e-9);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

test('summaries sort, skip missing values and round to 0.01', () => {
  assert.deepEqual(summarize([4, 1, null, 3, 2, Number.NaN]), {
    n: 4,
    median: 2.5,
    p25: 1.75,
    p75: 3.25,
    iqr: 1.5,
    min: 1,
    max: 4,
  });
  assert.equal(summarize([1 / 3]).median, 0.33);
});

test('speedup is the ratio of medians, and a conservative one from the quartiles', () => {
  const fast = summarize([9, 10, 11]);
  const slow = summarize([28, 30, 32]);
  assert.deepEqual(speedup(fast, slow), { median: 3, conservative: 2.76 });
});

test('times slower is the ratio of medians, with the range the quartiles allow', () => {
  const floor = summarize([9, 10, 11]);
  const ours = summarize([18, 20, 22]);
  assert.deepEqual(timesSlower(ours, floor), { median: 2, low: 1.81, high: 2.21 });
  assert.deepEqual(timesSlower(floor, floor), { median: 1, low: 0.9, high: 1.11 });
});

test('a linear fit recovers a line exactly', () => {
  const fit = linearFit([1, 2, 3, 4], [5, 7, 9, 11]);
  assert.equal(fit.slope, 2);
  assert.equal(fit.intercept, 3);
  assert.equal(fit.r2, 1);
  assert.throws(() => linearFit([1], [1]), RangeError);
});

test('scaling tells linear from quadratic growth', () => {
  const counts = [1, 10, 100, 1000, 10000];
  const linear = scaling(counts.map(n => [n, 40 + 0.3 * n]));
  assert.equal(linear.linear, true);
  assert.ok(Math.abs(linear.logLogSlope - 1) < 0.01, `slope ${linear.logLogSlope}`);
  assert.deepEqual(
    linear.marginal.map(m => m.usPerInstance),
    [300, 300],
  );
  const quadratic = scaling(counts.map(n => [n, 40 + 0.3 * n + 0.01 * n * n]));
  assert.equal(quadratic.linear, false);
  assert.ok(quadratic.logLogSlope > 1.5, `slope ${quadratic.logLogSlope}`);
});

test('heap growth: flat or noisy series pass, a kept pointer per cycle does not', () => {
  const cycles = Array.from({ length: 11 }, (_, i) => i * 1000);
  const flat = growth(cycles.map((c, i) => [c, 1_500_000 + (i % 2) * 800]));
  assert.equal(flat.grows, false);
  assert.ok(Math.abs(flat.bytesPer1000Cycles) < 200);
  const leak = growth(cycles.map(c => [c, 1_500_000 + c * 4]));
  assert.equal(leak.bytesPer1000Cycles, 4000);
  assert.equal(leak.grows, true);
  assert.equal(leak.change, 40_000);
});
