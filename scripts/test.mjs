// `npm test`: every check in one run. Each step's output streams through; its counts are read
// from its own summary line (or its exit code for a single check). The last line is the sum:
// "N passed, N failed, N skipped". Exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { missingBrowsers, onPath } from './browser-paths.mjs';
import { prefetch } from './prefetch.mjs';

const steps = [
  { name: 'eslint', cmd: 'npx eslint --max-warnings 0 .' },
  { name: 'prettier', cmd: 'npx prettier --check --log-level warn .' },
  { name: 'typecheck', cmd: 'npx tsc -p tsconfig.json && npx tsc -p test/unit/tsconfig.json' },
  {
    name: 'unit',
    cmd: 'node --import ./scripts/ts-loader.mjs --test --test-reporter=spec --test-reporter-destination=stdout test/unit/*.test.ts',
  },
  { name: 'build', cmd: 'npm run --silent build' },
  { name: 'browsers', cmd: 'npx wtr' },
  { name: 'node', cmd: 'node --test --test-reporter=spec --test-reporter-destination=stdout test/node/' },
  // The benchmark's statistics and report, and its floor against our element in Chromium (no peers).
  { name: 'bench', cmd: 'node --test --test-reporter=spec --test-reporter-destination=stdout bench/test/' },
  { name: 'e2e', cmd: 'node --test --test-reporter=spec --test-reporter-destination=stdout test/e2e/' },
  { name: 'size', cmd: 'node scripts/size.mjs' },
];

const only = process.env.TEST_STEPS?.split(',');
const runs = name => !only || only.includes(name);

/**
 * The browsers the chosen steps drive: WTR's (BROWSERS, default all three); Chromium for the
 * Node tests; all three for the end-to-end tests (the companion elements' round trips).
 */
function browsersNeeded() {
  const names = new Set();
  if (runs('browsers'))
    for (const name of (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(','))
      if (name.trim()) names.add(name.trim());
  if (runs('node')) names.add('chromium');
  if (runs('e2e')) for (const name of ['chromium', 'firefox', 'webkit']) names.add(name);
  return [...names];
}

/** Whether apt-get may run here: as root, or through sudo without a password. */
function mayUseApt() {
  if (!onPath('apt-get')) return false;
  if (process.getuid?.() === 0) return true;
  return onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * Before anything else: the browsers are there, or they are installed now (when apt may run), or
 * the run stops at once with one line saying what to run.
 */
function checkBrowsers() {
  const needed = browsersNeeded();
  let missing = missingBrowsers(needed);
  if (missing.length && mayUseApt()) {
    console.log(`Browsers missing (${missing.join(', ')}): installing them with scripts/install-browsers.sh`);
    spawnSync('bash', ['scripts/install-browsers.sh'], { stdio: 'inherit' });
    missing = missingBrowsers(needed);
  }
  if (!missing.length) return true;
  console.error(
    `Browsers missing (${missing.join(', ')}): run \`bash scripts/install-browsers.sh\` (Debian or Ubuntu; apt-get as root or through sudo), or set CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH or BROWSERS.`,
  );
  return false;
}

if (!checkBrowsers()) process.exit(1);

function run(cmd) {
  return new Promise(resolve => {
    const child = spawn(cmd, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', d => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', d => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', code => resolve({ code: code ?? 1, out }));
  });
}

/** Counts from a step's last summary line: "N passed, N failed[, N skipped]" or node's "ℹ pass N". */
function counts(out) {
  const summary = [...out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  if (summary) return { passed: +summary[1], failed: +summary[2], skipped: +(summary[3] ?? 0) };
  const pass = [...out.matchAll(/^\S* ?pass (\d+)$/gm)].at(-1);
  const fail = [...out.matchAll(/^\S* ?fail (\d+)$/gm)].at(-1);
  const skip = [...out.matchAll(/^\S* ?skipped (\d+)$/gm)].at(-1);
  if (pass && fail) return { passed: +pass[1], failed: +fail[1], skipped: +(skip?.[1] ?? 0) };
  return null;
}

// The apps' and the emulator's own installs download meanwhile; their steps wait for them.
const installs = prefetch(['node', 'e2e'].filter(runs));

const total = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const step of steps) {
  if (!runs(step.name)) continue;
  await installs[step.name];
  console.log(`\n━━ ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const { code, out } = await run(step.cmd);
  const found =
    counts(out) ?? (code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
  // A runner that failed without counting a failure (crash, config error) still fails the step.
  if (code !== 0 && found.failed === 0) found.failed = 1;
  for (const key of Object.keys(total)) total[key] += found[key];
  rows.push([step.name, found, code, ((Date.now() - started) / 1000).toFixed(1)]);
}

console.log('\n━━ summary');
for (const [name, c, code, secs] of rows) {
  console.log(
    `${name.padEnd(10)} ${String(c.passed).padStart(4)} passed ${String(c.failed).padStart(3)} failed ${String(c.skipped).padStart(3)} skipped  exit ${code}  ${secs}s`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
