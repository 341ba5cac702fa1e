import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { browsersFromEnv } from './scripts/wtr-browsers.mjs';
import { ssrPlugin } from './scripts/wtr-ssr-plugin.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { fakeProviders } from './test/adapters/servers/providers.mjs';
import { titlesReporter } from './scripts/wtr-titles-reporter.mjs';

export default {
  // test/unit runs in Node (npm test's unit step); the framework apps' installs hold other
  // packages' tests.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/unit/**', '!test/frameworks/**', '!**/node_modules/**'],
  nodeResolve: true,
  // Lit's development build runs in tests (it catches class-field shadowing); hide its banner.
  // Supabase's SDK notes every further client of a page; the adapter tests make one per case.
  filterBrowserLogs: ({ args }) =>
    !String(args[0]).startsWith('Lit is in dev mode') && !String(args[0]).includes('Multiple GoTrueClient instances'),
  // Two test files at a time in Chromium (each page in its own context: no shared BroadcastChannel,
  // focus per page). Firefox and WebKit run one at a time (scripts/wtr-browsers.mjs): Firefox's
  // pages share a profile, and WebKitWebDriver breaks sendKeys when files run in parallel iframes.
  concurrency: 2,
  // One browser at a time: the machine has two cores, and keyboard tests are the first to suffer.
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // Loopback stand-ins for Supabase's and Auth0's hosted endpoints (test/adapters/servers/).
  middleware: [fakeProviders],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }), ssrPlugin()],
  browsers: browsersFromEnv(),
  reporters: [defaultReporter(), titlesReporter(), summaryReporter()],
  testFramework: { config: { timeout: 8000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
