// The browser side of the benchmark, driven from Node: every sample in a fresh browser context
// (its own renderer, caches and heap), the page bench/pages/bench.html doing the timing in-page.

const PAGE = '/bench/pages/bench.html';

/** Runs `body(page, cdp)` in a fresh context on the benchmark page of `variant`; page errors fail it. */
async function withPage(browser, url, variant, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(`${url}${PAGE}?variant=${variant}`);
    await page.waitForFunction('window.benchReady === true');
    const cdp = await context.newCDPSession(page);
    const result = await body(page, cdp);
    if (errors.length) throw new Error(`${variant}: page error: ${errors.join('; ')}`);
    return result;
  } catch (error) {
    if (errors.length) error.message += ` (page errors: ${errors.join('; ')})`;
    throw error;
  } finally {
    await context.close();
  }
}

/** Collects garbage, then reads the V8 heap (usedSize) and Blink's (embedderHeapUsedSize) in bytes. */
export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? null };
}

/**
 * One render sample: the page's phases in ms (define, ready, layout, paint), and the heap after
 * the render minus the heap before the script was imported (garbage collected both times).
 */
export function renderSample(browser, url, variant, n) {
  return withPage(browser, url, variant, async (page, cdp) => {
    const before = await heap(cdp);
    const times = await page.evaluate(`bench.render(${n})`);
    const after = await heap(cdp);
    return {
      ...times,
      heapJs: after.js - before.js,
      heapBlink: after.blink == null ? null : after.blink - before.blink,
    };
  });
}

/** The text of each stylesheet <auth-user-button> adopts: the floor variant adopts the same. */
export function userButtonStyles(browser, url) {
  return withPage(browser, url, 'user-button', page => page.evaluate('bench.styles()'));
}

/** One rendered instance of `variant` as plain data (bench.render1 of bench/pages/bench.html). */
export function renderedStructure(browser, url, variant, attributes = {}, options = {}) {
  return withPage(browser, url, variant, page =>
    page.evaluate(`bench.render1(${JSON.stringify(attributes)}, ${JSON.stringify(options)})`),
  );
}

/** The selector Playwright clicks to open each variant's menu (CSS in Playwright pierces open shadow roots). */
const triggers = {
  'user-button': 'auth-user-button [part=trigger]',
  'shoelace-menu': 'sl-dropdown sl-button',
};

/** Click to menu visible: ms and frames from the click's input time, to visible and to settled. */
export function openSample(browser, url, variant) {
  return withPage(browser, url, variant, async page => {
    await page.evaluate('bench.render(1)');
    await page.evaluate('bench.armOpen()');
    await page.click(triggers[variant]);
    return page.evaluate('bench.armed');
  });
}

/** Click to auth-sign-out and to auth-signed-out (or Amplify's signed-out callback), in ms. */
export function signOutSample(browser, url, variant) {
  return withPage(browser, url, variant, async page => {
    await page.evaluate('bench.render(1)');
    let target = { 'sign-out-button': 'auth-sign-out-button button', 'amplify-sign-out': 'amplify-sign-out button' }[
      variant
    ];
    if (variant == 'user-button') {
      await page.click(triggers[variant]);
      target = 'auth-user-button [data-item=out]';
      await page.locator(target).waitFor({ state: 'visible' });
    }
    await page.evaluate('bench.armSignOut()');
    await page.click(target);
    const result = await page.evaluate('bench.armed');
    return { signOut: Number.isFinite(result.signOut) ? result.signOut : null, signedOut: result.signedOut };
  });
}

/** Live objects whose prototype chain holds the page's `bench.prototype()`, after garbage collection. */
async function liveInstances(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'bench.prototype()' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return result.value;
}

/** A heap snapshot summed by node type and name: Map("type name" → [count, bytes]). */
async function snapshotSummary(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [type, name, size] = ['type', 'name', 'self_size'].map(field => fields.indexOf(field));
  const types = snapshot.meta.node_types[0];
  const summary = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type]];
    // Strings are named by their text: sum them by kind alone.
    const key = kind.includes('string') ? kind : `${kind} ${strings[nodes[i + name]].slice(0, 60)}`;
    const entry = summary.get(key) ?? [0, 0];
    entry[0]++;
    entry[1] += nodes[i + size];
    summary.set(key, entry);
  }
  return summary;
}

/** What grew between two snapshot summaries, the largest change first. */
function snapshotGrowth(before, after, top = 8) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map(key => {
      const [c0, b0] = before.get(key) ?? [0, 0];
      const [c1, b1] = after.get(key) ?? [0, 0];
      return { what: key, count: c1 - c0, bytes: b1 - b0 };
    })
    .filter(change => change.bytes || change.count)
    .sort((a, b) => Math.abs(b.bytes) - Math.abs(a.bytes))
    .slice(0, top);
}

/**
 * Heap over mount/unmount cycles in one page: `warmup` cycles (the engine optimizes code and sizes
 * its tables meanwhile), then `rounds` × `per` cycles with the garbage-collected heap read before
 * the first round and after each. Resolves to { series: [[cycles, js bytes, blink bytes], …],
 * alive: instances still in memory at the end }.
 */
export function cycleSeries(browser, url, variant, { warmup = 3000, rounds = 10, per = 1000 } = {}) {
  return withPage(browser, url, variant, async (page, cdp) => {
    await page.evaluate('bench.load()');
    const series = [];
    // The warm-up runs in rounds like the measured ones, so the first reading follows the same
    // kind of round as every later one (Blink's heap counts garbage not yet swept).
    for (let round = -Math.ceil(warmup / per); round <= rounds; round++) {
      if (round) await page.evaluate(`bench.cycles(${per})`);
      await page.evaluate('new Promise(resolve => setTimeout(resolve, 100))');
      const { js, blink } = await heap(cdp);
      if (round >= 0) series.push([round * per, js, blink]);
    }
    return { series, alive: await liveInstances(cdp) };
  });
}

/**
 * The same cycles in another page, with heap snapshots instead of readings (taking one perturbs
 * the heap): what grew, by node type and name, between after the warm-up and the end.
 */
export function cycleGrowth(browser, url, variant, { warmup = 3000, cycles = 10_000 } = {}) {
  return withPage(browser, url, variant, async (page, cdp) => {
    await page.evaluate('bench.load()');
    await page.evaluate(`bench.cycles(${warmup})`);
    const before = await snapshotSummary(cdp);
    for (let done = 0; done < cycles; done += 1000) {
      await page.evaluate(`bench.cycles(${Math.min(1000, cycles - done)})`);
      await cdp.send('HeapProfiler.collectGarbage');
    }
    return snapshotGrowth(before, await snapshotSummary(cdp));
  });
}

/**
 * A sampling CPU profile (100 µs) of one render of n instances, as self time per function
 * (name, file, line), the largest first, with the page's phases. Idle time is left out;
 * `(program)` is the renderer's own work outside JavaScript (style, layout, paint).
 */
export function profileSample(browser, url, variant, n) {
  return withPage(browser, url, variant, async (page, cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const times = await page.evaluate(`bench.render(${n})`);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const ticks = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const { functionName, url: file, lineNumber } = node.callFrame;
      if (!node.hitCount || functionName == '(idle)') continue;
      const where = file ? `${file.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'}\t${where}`;
      self.set(key, (self.get(key) ?? 0) + node.hitCount * ticks);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const functions = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([key, ms]) => {
        const [name, where] = key.split('\t');
        return { name, where, selfMs: Math.round(ms * 10) / 10, share: Math.round((ms / total) * 1000) / 1000 };
      });
    return { times, totalMs: Math.round(total), functions };
  });
}
