import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { browsersFromEnv } from './scripts/wtr-browsers.mjs';
import { ssrPlugin } from './scripts/wtr-ssr-plugin.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { titlesReporter } from './scripts/wtr-titles-reporter.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Lit's development build runs in tests (it catches class-field shadowing); hide its banner.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Two test files at a time per browser (each in its own page); the WebKit launcher runs one at a
  // time, as WebKitWebDriver breaks sendKeys when test files run in parallel iframes.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }), ssrPlugin()],
  browsers: browsersFromEnv(),
  reporters: [defaultReporter(), titlesReporter(), summaryReporter()],
  testFramework: { config: { timeout: 8000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
