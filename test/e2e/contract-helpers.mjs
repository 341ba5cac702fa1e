// Runs the adapter contract of `auth-elements/testing` in a page of a real server: the page
// (test/adapters/*.html) exposes `window.contractPage` with the case names, `setup(count)` and
// `run(name)`; each case gets a fresh browser context and a check that nothing navigated.
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** Opens `url` in a fresh context and waits for the page's "ready"; page errors are collected. */
export async function openContractPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push(error.message));
  await page.goto(url);
  await page.locator('#status', { hasText: 'ready' }).waitFor({ timeout: 60_000 });
  return { context, page, problems };
}

/** The case names the page offers. */
export async function contractCases(browser, url) {
  const { context, page } = await openContractPage(browser, url);
  try {
    return await page.evaluate(() => window.contractPage.cases);
  } finally {
    await context.close();
  }
}

/**
 * One `node:test` test per case. `signInSessions(page, count)` puts the sessions in place (default: the
 * page's own `setup(count)`).
 */
export function contractTests(browser, url, names, { signInSessions } = {}) {
  for (const name of names) {
    test(name, async t => {
      const { context, page, problems } = await openContractPage(browser, url());
      try {
        const count = await page.evaluate(name => window.contractPage.sessionsFor(name), name);
        if (signInSessions) await signInSessions(page, count);
        else await page.evaluate(count => window.contractPage.setup(count), count);
        let navigations = 0;
        page.on('framenavigated', frame => frame == page.mainFrame() && navigations++);
        const failure = await page.evaluate(name => window.contractPage.run(name), name);
        if (failure?.startsWith('skipped: ')) t.skip(failure);
        else assert.equal(failure, null);
        assert.equal(navigations, 0, 'no navigation while the case ran');
        assert.deepEqual(problems, [], 'no page errors');
      } finally {
        await context.close();
      }
    });
  }
}
