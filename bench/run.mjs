// `npm run bench`: sizes, render cost, interaction latency, memory and scaling of the elements
// against their peers, in one run on Debian's Chromium. Writes bench/results.json, bench/chart.svg
// and bench/README.md. The peers are this directory's own devDependencies, installed here (not by
// the project's `npm ci`).
//
//   node bench/run.mjs                 the full run (8 to 25 minutes on two shared cores)
//   node bench/run.mjs --only render   sizes, render and scaling only (every variant, full samples):
//                                      rewrites the files, interaction, memory and profiles kept
//                                      from the last full run (and marked so)
//   node bench/run.mjs --only floor    our user button against the floor at 1000 instances only,
//                                      ten samples each: prints the ratio, writes nothing
//   node bench/run.mjs --quick         two samples of everything, to try the harness (nothing written)
//   node bench/run.mjs --out DIR       write the three files to DIR instead of bench/ (with --quick too)
//   node bench/run.mjs --report        rewrite README.md and chart.svg from results.json, no measuring
// BENCH_ONLY=render or BENCH_ONLY=floor in the environment does what --only does
// (`BENCH_ONLY=floor npm run bench`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const bench = dirname(fileURLToPath(import.meta.url));
const root = dirname(bench);
const quick = process.argv.includes('--quick');
const onlyArg = process.argv.indexOf('--only');
const only = (onlyArg > 0 ? process.argv[onlyArg + 1] : process.env.BENCH_ONLY) || null;
if (only && !['render', 'floor'].includes(only)) throw new Error(`--only ${only}: "render" or "floor"`);
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : quick || only == 'floor' ? null : bench;
if (outArg > 0 && !out) throw new Error('--out needs a directory');
const started = Date.now();
const log = message => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

if (process.argv.includes('--report')) {
  const { chart, markdown } = await import('./lib/report.mjs');
  const results = JSON.parse(await readFile(join(bench, 'results.json'), 'utf8'));
  await writeReport(results, bench, { chart, markdown });
  log('rewrote bench/README.md and bench/chart.svg from bench/results.json');
  process.exit(0);
}

// 1. The peers: `npm ci` here when what is installed is not what the lock file says.
function installed() {
  const lock = JSON.parse(readFileSync(join(bench, 'package-lock.json'), 'utf8'));
  const hidden = join(bench, 'node_modules/.package-lock.json');
  if (!existsSync(hidden)) return false;
  const have = JSON.parse(readFileSync(hidden, 'utf8')).packages;
  return Object.keys(lock.packages[''].devDependencies).every(
    name => have[`node_modules/${name}`]?.version == lock.packages[`node_modules/${name}`]?.version,
  );
}
if (only != 'floor' && !installed()) {
  log('installing the peers (bench/package.json)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps'], {
    cwd: bench,
    stdio: 'inherit',
  });
}

// Imported after the install: they live in the project's node_modules, the peers in bench's.
const { bundle, closure, clerkUserButton, amplifyEntries, version, weigh, relativeTo } = await import(
  './lib/bundles.mjs'
);
const { startServer } = await import('./lib/server.mjs');
const { renderSample, openSample, signOutSample, cycleSeries, cycleGrowth, profileSample, userButtonStyles } =
  await import('./lib/measure.mjs');
const { summarize, speedup, timesSlower, scaling, growth } = await import('./lib/stats.mjs');
const { chart, markdown } = await import('./lib/report.mjs');
const { launchChromium, CHROMIUM_PATH } = await import('../scripts/chromium.mjs');

// 2. Builds: the peers and our per-element entries with the project's vite config (in memory).
for (const file of ['dist/auth-elements.js', 'dist/auth-elements.iife.js']) {
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build:cdn\` first`);
}
log('building');
const entries = join(bench, 'entries');
const builds = new Map();
const built = {};
const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budgets.json'), 'utf8'));
const litExternal = id => budgets.lit.some(name => id == name || id.startsWith(`${name}/`));
for (const [name, entry, options] of [
  ['floor-user-button', join(entries, 'floor-user-button.js')],
  ...(only == 'floor'
    ? []
    : [
        // The entry of the `own-code` and `auth-elements` budgets (the two original elements).
        ['original-elements', join(root, 'src/size/original-elements.ts')],
        ['own-code', join(root, 'src/size/original-elements.ts'), { external: litExternal }],
        ['user-button-only', join(entries, 'user-button-only.ts')],
        ['sign-out-button-only', join(entries, 'sign-out-button-only.ts')],
        ['lit', join(entries, 'lit.js')],
        ['reactive-element', join(entries, 'reactive-element.js')],
        ['shoelace-menu', join(entries, 'shoelace-menu.js')],
        ['amplify', await amplifyEntries(bench)],
        ['profile-user-button', join(root, 'src/cdn.ts'), { minify: false }],
        ['profile-shoelace-menu', join(entries, 'shoelace-menu.js'), { minify: false }],
      ]),
]) {
  built[name] = await bundle(root, entry, options);
  builds.set(name, built[name].files);
}

// 3. Sizes.
async function weighAll() {
  log('weighing');
  const read = file => readFile(join(root, file));
  const one = name => [built[name].files.get('entry.js')];
  const clerk = await clerkUserButton(bench);
  const amplifyFiles = closure(built.amplify.chunks, [
    'amplify-sign-out.js',
    'amplify-nav_2.entry.js',
    'amplify-button_3.entry.js',
  ]);
  const shoelaceCss = 'bench/node_modules/@shoelace-style/shoelace/dist/themes/light.css';
  const v = name => version(bench, name);
  return [
    {
      id: 'ours-es',
      label: 'auth-elements (ES, every element)',
      ours: true,
      files: ['dist/auth-elements.js'],
      ...weigh([await read('dist/auth-elements.js')]),
    },
    {
      id: 'ours-iife',
      label: 'auth-elements (IIFE, every element)',
      ours: true,
      files: ['dist/auth-elements.iife.js'],
      ...weigh([await read('dist/auth-elements.iife.js')]),
    },
    {
      id: 'ours-original',
      label: 'the two original elements, flow, mount API, English (Lit in)',
      ours: true,
      files: ['src/size/original-elements.ts (built)'],
      ...weigh(one('original-elements')),
    },
    {
      id: 'ours-own-code',
      label: 'the same, own code only (Lit external)',
      ours: true,
      files: ['src/size/original-elements.ts (built, Lit external)'],
      ...weigh(one('own-code')),
    },
    {
      id: 'ours-user-button',
      label: '<auth-user-button> alone',
      ours: true,
      files: ['bench/entries/user-button-only.ts (built)'],
      ...weigh(one('user-button-only')),
    },
    {
      id: 'ours-sign-out',
      label: '<auth-sign-out-button> alone',
      ours: true,
      files: ['bench/entries/sign-out-button-only.ts (built)'],
      ...weigh(one('sign-out-button-only')),
    },
    {
      id: 'lit',
      label: `Lit ${await version(root, 'lit')} alone (all of it)`,
      files: ['bench/entries/lit.js (built)'],
      ...weigh(one('lit')),
    },
    {
      id: 'reactive-element',
      label: `@lit/reactive-element ${await version(root, '@lit/reactive-element')} alone`,
      files: ['bench/entries/reactive-element.js (built)'],
      ...weigh(one('reactive-element')),
    },
    {
      id: 'shoelace-menu',
      label: `Shoelace ${await v('@shoelace-style/shoelace')} user menu (JS)`,
      files: ['bench/entries/shoelace-menu.js (built)'],
      ...weigh(one('shoelace-menu')),
    },
    {
      id: 'shoelace-menu-css',
      label: 'Shoelace user menu + light theme CSS',
      files: ['bench/entries/shoelace-menu.js (built)', shoelaceCss],
      ...weigh([...one('shoelace-menu'), await read(shoelaceCss)]),
    },
    {
      id: 'amplify-sign-out',
      label: `Amplify UI ${await v('@aws-amplify/ui-components')} <amplify-sign-out> path`,
      files: amplifyFiles.map(name => `bench/entries/amplify-sign-out.js (built): ${name}`),
      ...weigh(amplifyFiles.map(name => built.amplify.files.get(name))),
    },
    {
      id: 'hanko',
      label: `Hanko elements ${await v('@teamhanko/hanko-elements')}`,
      files: ['bench/node_modules/@teamhanko/hanko-elements/dist/elements.js'],
      ...weigh([await read('bench/node_modules/@teamhanko/hanko-elements/dist/elements.js')]),
    },
    {
      id: 'descope',
      label: `Descope web component ${await v('@descope/web-component')}`,
      files: ['bench/node_modules/@descope/web-component/dist/index.js'],
      ...weigh([await read('bench/node_modules/@descope/web-component/dist/index.js')]),
    },
    {
      id: 'clerk',
      label: `Clerk user button (clerk-js ${await v('@clerk/clerk-js')} + @clerk/ui ${await v('@clerk/ui')})`,
      files: clerk.files.map(file => relativeTo(root, file)),
      ...weigh(clerk.contents),
    },
  ];
}
const sizes = only == 'floor' ? [] : await weighAll();

// 4. The browser measurements. Sample counts are moderate: the machine is shared.
const count = full => (quick ? Math.min(2, full) : full);
const server = await startServer(root, builds);
const browser = await launchChromium();
const chromiumVersion = browser.version();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${readOs()} (Linux ${release()})`,
  node: process.version,
  chromium: `${chromiumVersion} (${CHROMIUM_PATH}, headless)`,
  loadAverageAtStart: loadavg().map(x => Math.round(x * 100) / 100),
};

function readOs() {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? 'Linux';
  } catch {
    return 'Linux';
  }
}

/**
 * Runs groups of samples interleaved: round after round, one sample of each group that wants
 * more. A group stops at `target` samples, or once it has `min` and spent `budget` ms.
 */
async function interleaved(groups, sample) {
  for (const group of groups) Object.assign(group, { samples: [], spent: 0 });
  for (let round = 0; ; round++) {
    const open = groups.filter(g => g.samples.length < g.target && (g.samples.length < g.min || g.spent < g.budget));
    if (!open.length) return groups;
    // Rotate the order every round, so no variant always runs first.
    for (const group of open.map((_, i) => open[(i + round) % open.length])) {
      const t = Date.now();
      group.samples.push(await sample(group));
      group.spent += Date.now() - t;
    }
  }
}

let render;
try {
  // The floor adopts our user button's stylesheets: read their text from a rendered instance.
  builds.set('floor', new Map([['styles.json', JSON.stringify(await userButtonStyles(browser, server.url))]]));

  // Render and scaling, one instance count at a time (ascending) so the larger counts of a
  // variant can be skipped when the smaller ones predict a sample far over its budget.
  log('render and scaling');
  const plan =
    only == 'floor'
      ? { 1000: ['user-button', 'user-button-floor'] }
      : {
          1: ['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out'],
          10: ['user-button', 'user-button-floor', 'shoelace-menu'],
          100: ['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out'],
          1000: ['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out'],
          10000: ['user-button', 'user-button-floor', 'shoelace-menu'],
        };
  const budgetMs = quick ? 20_000 : 75_000;
  render = [];
  const skipped = [];
  for (const [n, variants] of Object.entries(plan).map(([n, variants]) => [+n, variants])) {
    const groups = [];
    for (const variant of variants) {
      const predicted = predict(
        render.filter(r => r.variant == variant),
        n,
      );
      if (predicted != null && predicted * 2 > budgetMs) {
        skipped.push({ variant, n, predictedMs: Math.round(predicted) });
        log(`  ${variant} × ${n}: skipped, predicted ${(predicted / 1000).toFixed(0)} s per sample`);
        continue;
      }
      groups.push({ variant, n, target: count(n >= 10000 ? 5 : 10), min: count(3), budget: budgetMs });
    }
    await interleaved(groups, ({ variant }) => renderSample(browser, server.url, variant, n));
    for (const { variant, samples } of groups) {
      const paint = summarize(samples.map(s => s.paint));
      render.push({
        variant,
        n,
        paint,
        define: summarize(samples.map(s => s.define)),
        ready: summarize(samples.map(s => s.ready)),
        layout: summarize(samples.map(s => s.layout)),
        heapJs: summarize(samples.map(s => s.heapJs)),
        heapBlink: summarize(samples.map(s => s.heapBlink)),
        nodes: samples[0].nodes,
      });
      log(`  ${variant} × ${n}: median ${paint.median} ms (IQR ${paint.p25}–${paint.p75}, ${paint.n} samples)`);
    }
  }
  render.skipped = skipped;

  if (only == 'floor') {
    const ratio = timesSlower(render[0].paint, render[1].paint);
    console.log(
      `<auth-user-button> × 1000: ${ratio.median}x the floor's time (median ${render[0].paint.median} ms vs ` +
        `${render[1].paint.median} ms; from the quartiles ${ratio.low}x–${ratio.high}x). Nothing written.`,
    );
    for (const r of render) {
      const phases = ['define', 'ready', 'layout', 'paint'].map(key => `${key} ${r[key].median}`).join(', ');
      console.log(`  ${r.variant}: ${phases} ms (medians, each from the start)`);
    }
  } else {
    const later = only == 'render' ? carriedOver() : await measureTheRest();
    machine.loadAverageAtEnd = loadavg().map(x => Math.round(x * 100) / 100);
    const results = analyse({ sizes, render, ...later });
    if (out) {
      await write(results, out);
      log(`wrote results.json, chart.svg and README.md to ${out}`);
    } else {
      log('quick run: nothing written (--out DIR writes it)');
    }
    for (const goal of results.goals) {
      console.log(`${goal.met == null ? 'n/a   ' : goal.met ? 'met   ' : 'MISSED'} ${goal.goal}: ${goal.result}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** Interaction, mount/unmount cycles and CPU profiles. */
async function measureTheRest() {
  log('interaction');
  const open = await interleaved(
    ['user-button', 'shoelace-menu'].map(variant => ({ variant, target: count(12), min: count(3), budget: 60_000 })),
    ({ variant }) => openSample(browser, server.url, variant),
  );
  const signOut = await interleaved(
    ['user-button', 'sign-out-button', 'amplify-sign-out'].map(variant => ({
      variant,
      target: count(12),
      min: count(3),
      budget: 60_000,
    })),
    ({ variant }) => signOutSample(browser, server.url, variant),
  );

  log('mount/unmount cycles');
  const cycles = [];
  for (const variant of ['user-button', 'sign-out-button', 'plain-element']) {
    const options = quick ? { warmup: 200, rounds: 3, per: 100 } : {};
    const { series, alive } = await cycleSeries(browser, server.url, variant, options);
    const grew =
      variant == 'plain-element'
        ? null
        : await cycleGrowth(browser, server.url, variant, quick ? { warmup: 200, cycles: 300 } : {});
    cycles.push({
      variant,
      alive,
      series,
      js: growth(series.map(([c, js]) => [c, js])),
      blink: growth(series.map(([c, , blink]) => [c, blink])),
      snapshotGrowth: grew,
    });
    log(`  ${variant}: ${cycles.at(-1).js.bytesPer1000Cycles} B per 1000 cycles, ${alive} instances alive`);
  }

  log('CPU profiles');
  const profiles = [];
  for (const [variant, n] of [
    ['user-button-profile', 1000],
    ['shoelace-menu-profile', quick ? 30 : 300],
  ]) {
    profiles.push({ variant, n, ...(await profileSample(browser, server.url, variant, n)) });
  }
  return { interaction: { open: stats(open), signOut: stats(signOut) }, cycles, profiles };
}

/** `--only render`: interaction, cycles and profiles of the last full run, marked as such. */
function carriedOver() {
  const last = JSON.parse(readFileSync(join(bench, 'results.json'), 'utf8'));
  const from = last.carriedOver?.from ?? last.date;
  log(`interaction, memory cycles and profiles: kept from the run of ${from.slice(0, 10)}`);
  return {
    interaction: last.interaction,
    cycles: last.cycles,
    profiles: last.profiles,
    carriedOver: { from, sections: ['interaction', 'cycles', 'profiles'] },
  };
}

/** Summaries of interaction samples: variant → measure → summary (ms and frames for objects). */
function stats(groups) {
  return Object.fromEntries(
    groups.map(({ variant, samples }) => [
      variant,
      Object.fromEntries(
        Object.keys(samples[0]).map(key => [
          key,
          typeof samples[0][key] == 'object' && samples[0][key]
            ? { ms: summarize(samples.map(s => s[key].ms)), frames: summarize(samples.map(s => s[key].frames)) }
            : samples.some(s => s[key] != null)
              ? summarize(samples.map(s => s[key]))
              : null,
        ]),
      ),
    ]),
  );
}

/** A variant's predicted median at n from its two largest measured counts (power law). */
function predict(rows, n) {
  const [a, b] = rows.slice(-2);
  if (!a || !b || b.n >= n) return null;
  const k = Math.max(1, Math.log(b.paint.median / a.paint.median) / Math.log(b.n / a.n));
  return b.paint.median * (n / b.n) ** k;
}

/** Everything measured, summarized, with the goals of the issue checked. */
function analyse({ sizes, render, interaction, cycles, profiles, carriedOver }) {
  const at = (variant, n) => render.find(r => r.variant == variant && r.n == n);
  const curve = variant =>
    render
      .filter(r => r.variant == variant)
      .sort((a, b) => a.n - b.n)
      .map(r => [r.n, r.paint.median]);
  const perThousand = (variant, key) => {
    const big = at(variant, 1000);
    const small = at(variant, 1);
    return big && small ? Math.round(((big[key].median - small[key].median) * 1000) / 999) : null;
  };
  const bytes = x => `${x.toLocaleString('en-US')} B`;
  const budget = key => budgets.bundles.find(b => b.key == key).budget;
  const sizeGoal = (id, key, what) => {
    const size = sizes.find(s => s.id == id);
    const { budget, goal } = budgets.bundles.find(b => b.key == key);
    return {
      goal: `${what} at most ${bytes(budget)} brotli-11 (\`${key}\` in scripts/size-budgets.json)`,
      result:
        bytes(size.brotli) +
        (goal && size.brotli > goal ? ` (this round's goal ${bytes(goal)}: over by ${bytes(size.brotli - goal)})` : ''),
      met: size.brotli <= budget,
    };
  };
  const ub = at('user-button', 1000);
  const floor = at('user-button-floor', 1000);
  const sl = at('shoelace-menu', 1000);
  const vsFloor = ub && floor ? timesSlower(ub.paint, floor.paint) : null;
  const floorGoal = {
    goal: 'define and first render of 1000 <auth-user-button> at most 1.5x the floor (a hand-written element, same DOM)',
    result: vsFloor
      ? `${vsFloor.median}x (median ${ub.paint.median} ms vs ${floor.paint.median} ms; from the quartiles ${vsFloor.low}x–${vsFloor.high}x)`
      : 'not measured',
    met: vsFloor ? vsFloor.median <= 1.5 : null,
  };
  const vsShoelace = ub && sl ? speedup(ub.paint, sl.paint) : null;
  const shoelaceGoal = {
    goal: 'define and first render of 1000 <auth-user-button> at least 3x faster than the Shoelace menu',
    result: vsShoelace
      ? `${vsShoelace.median}x faster (median ${ub.paint.median} ms vs ${sl.paint.median} ms; conservative ${vsShoelace.conservative}x)`
      : 'not measured',
    met: vsShoelace ? vsShoelace.median >= 3 : null,
  };
  const ourCycles = cycles.filter(c => c.variant != 'plain-element');
  const leakGoal = {
    goal: 'no heap growth over 10,000 mount/unmount cycles',
    result: ourCycles
      .map(
        c =>
          `${c.variant}: JS heap ${c.js.change >= 0 ? '+' : ''}${c.js.change} B, trend ${c.js.bytesPer1000Cycles} B per 1000 cycles, ${c.alive} instances alive`,
      )
      .join('; '),
    // A quick run's rounds of 100 cycles are too short to judge a trend per 1000.
    met: quick ? null : ourCycles.every(c => !c.js.grows && c.alive == 0),
  };
  const ratios = (ours, other, compare, counts = [1, 10, 100, 1000, 10000]) =>
    Object.fromEntries(
      counts.filter(n => at(ours, n) && at(other, n)).map(n => [n, compare(at(ours, n).paint, at(other, n).paint)]),
    );
  return {
    date: new Date().toISOString(),
    machine,
    versions: {
      'auth-elements': JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      ...Object.fromEntries(
        Object.keys(JSON.parse(readFileSync(join(bench, 'package.json'), 'utf8')).devDependencies).map(name => [
          name,
          JSON.parse(readFileSync(join(bench, 'node_modules', name, 'package.json'), 'utf8')).version,
        ]),
      ),
    },
    goals: [
      sizeGoal('ours-es', 'auth-elements-all', 'dist/auth-elements.js (every element, Lit in)'),
      sizeGoal('ours-original', 'auth-elements', 'the two original elements with Lit'),
      sizeGoal('ours-own-code', 'own-code', 'their own code (Lit external)'),
      floorGoal,
      shoelaceGoal,
      leakGoal,
    ],
    sizeBudget: budget('auth-elements-all'),
    ...(carriedOver ? { carriedOver } : {}),
    sizes,
    render: render.map(r => ({ ...r })),
    renderSkipped: render.skipped,
    ratios: {
      userButtonVsFloor: ratios('user-button', 'user-button-floor', timesSlower),
      userButtonVsShoelace: ratios('user-button', 'shoelace-menu', speedup),
      signOutVsAmplify: ratios('sign-out-button', 'amplify-sign-out', speedup, [1, 100, 1000]),
    },
    scaling: Object.fromEntries(
      ['user-button', 'user-button-floor', 'shoelace-menu'].map(variant => [
        variant,
        { points: curve(variant), ...(curve(variant).length >= 3 ? scaling(curve(variant)) : {}) },
      ]),
    ),
    memory: Object.fromEntries(
      ['user-button', 'user-button-floor', 'shoelace-menu', 'sign-out-button', 'amplify-sign-out'].map(variant => [
        variant,
        { jsPer1000: perThousand(variant, 'heapJs'), blinkPer1000: perThousand(variant, 'heapBlink') },
      ]),
    ),
    interaction,
    cycles,
    profiles,
  };
}

async function write(results, dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'results.json'), await format(JSON.stringify(results), 'json'));
  await writeReport(results, dir, { chart, markdown });
}

async function writeReport(results, dir, report) {
  await writeFile(join(dir, 'chart.svg'), report.chart(results));
  await writeFile(join(dir, 'README.md'), await format(report.markdown(results), 'markdown'));
}

/** Formats as the project's prettier config says, so `prettier --check` passes on the record. */
async function format(text, parser) {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(join(bench, 'README.md'));
  return prettier.format(text, { ...options, parser });
}
