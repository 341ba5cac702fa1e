// Summary statistics of the benchmark: order statistics (no normality assumed), ratios, fits.

/** The p-quantile (0…1) of sorted numbers, linearly interpolated. */
export function quantile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** n, median, quartiles, IQR, min and max of samples (rounded to 0.01). */
export function summarize(samples) {
  const s = samples.filter(Number.isFinite).sort((a, b) => a - b);
  const r = x => Math.round(x * 100) / 100;
  const p25 = quantile(s, 0.25);
  const p75 = quantile(s, 0.75);
  return {
    n: s.length,
    median: r(quantile(s, 0.5)),
    p25: r(p25),
    p75: r(p75),
    iqr: r(p75 - p25),
    min: r(s[0] ?? NaN),
    max: r(s.at(-1) ?? NaN),
  };
}

/**
 * How many times faster `fast` is than `slow` (both summaries of durations): the ratio of the
 * medians, and a conservative one from the quartiles (slow's lower quartile over fast's upper).
 */
export function speedup(fast, slow) {
  const r = x => Math.round(x * 100) / 100;
  return { median: r(slow.median / fast.median), conservative: r(slow.p25 / fast.p75) };
}

/**
 * How many times the time of `slow` is that of `fast` (both summaries of durations): the ratio of
 * the medians, and the range the quartiles allow (slow's lower quartile over fast's upper, and
 * slow's upper over fast's lower).
 */
export function timesSlower(slow, fast) {
  const r = x => Math.round(x * 100) / 100;
  return { median: r(slow.median / fast.median), low: r(slow.p25 / fast.p75), high: r(slow.p75 / fast.p25) };
}

/** Least-squares line y = intercept + slope·x, with R². */
export function linearFit(xs, ys) {
  const n = xs.length;
  if (n < 2 || n != ys.length) throw new RangeError('linearFit needs two or more (x, y) pairs');
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  return { slope, intercept: my - slope * mx, r2: sxx && syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

/**
 * Whether cost grows linearly with the instance count. `points` are [instances, median ms],
 * ascending. The fixed cost (loading and defining) hides the per-instance cost at small counts,
 * so this reads the marginal cost per instance between successive counts from 100 up, and the
 * slope of log(cost − fixed) against log(instances), where fixed is the cost of one instance.
 * Linear: every marginal cost within a factor of 2 of the last one, and a log–log slope of 0.8–1.2.
 */
export function scaling(points) {
  const fixed = points[0][1];
  const marginal = [];
  for (let i = 1; i < points.length; i++) {
    const [n0, t0] = points[i - 1];
    const [n1, t1] = points[i];
    if (n0 >= 100)
      marginal.push({ from: n0, to: n1, usPerInstance: Math.round(((t1 - t0) / (n1 - n0)) * 1000 * 10) / 10 });
  }
  const large = points.filter(([n, t]) => n >= 100 && t > fixed);
  const fit =
    large.length >= 2
      ? linearFit(
          large.map(([n]) => Math.log10(n)),
          large.map(([, t]) => Math.log10(t - fixed)),
        )
      : null;
  const last = marginal.at(-1)?.usPerInstance;
  const linear =
    !!fit &&
    fit.slope >= 0.8 &&
    fit.slope <= 1.2 &&
    marginal.every(({ usPerInstance }) => usPerInstance > 0 && usPerInstance <= 2 * last && usPerInstance >= last / 2);
  return {
    fixedMs: Math.round(fixed * 100) / 100,
    marginal,
    logLogSlope: fit ? Math.round(fit.slope * 1000) / 1000 : null,
    linear,
  };
}

/**
 * A heap series over mount/unmount cycles: [cycles, bytes] after garbage collection. The trend is
 * the least-squares slope in bytes per 1000 cycles. V8 stores a pointer in 4 bytes, so keeping
 * even one pointer per cycle (say, a listener left in an array) grows the heap by 4000 B per 1000
 * cycles, and a kept element by far more: at or above `threshold` (4000) the heap grows.
 */
export function growth(series, threshold = 4000) {
  const fit = linearFit(
    series.map(([cycles]) => cycles / 1000),
    series.map(([, bytes]) => bytes),
  );
  const first = series[0][1];
  const last = series.at(-1)[1];
  return {
    bytesPer1000Cycles: Math.round(fit.slope),
    r2: Math.round(fit.r2 * 1000) / 1000,
    firstBytes: first,
    lastBytes: last,
    change: last - first,
    grows: fit.slope >= threshold,
    threshold,
  };
}
