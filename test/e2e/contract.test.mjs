// The adapter contract (auth-elements/testing, src/testing/contract.ts) against the real servers: better-auth with the
// multiSession plugin on SQLite, and the OpenID Provider. Each case gets a fresh browser context,
// the sessions it asks for, and a check that nothing navigated while it ran.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, tearDown } from './helpers.mjs';

// Started before the suites are declared: the case names come from the page.
const { server, browser } = await setUp();
after(() => tearDown({ server, browser }));

/** Opens the contract page for `provider` in a fresh context; page errors fail the case. */
async function open(provider) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push(error.message));
  await page.goto(`${server.origin}/test/adapters/contract.html?provider=${provider}`);
  await page.locator('#status', { hasText: 'ready' }).waitFor({ timeout: 30_000 });
  return { context, page, problems };
}

/** Signs in at the OpenID Provider's login page through the demo relying party, then comes back. */
async function signInOpenId(page, provider) {
  await page.goto(`${server.origin}/demo/oidc.html`);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.getByLabel('Login').fill('alice');
  await page.getByLabel('Password').fill('alice-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as Alice Liddell').waitFor({ timeout: 30_000 });
  await page.goto(`${server.origin}/test/adapters/contract.html?provider=${provider}`);
  await page.locator('#status', { hasText: 'ready' }).waitFor();
}

async function cases(provider) {
  const { context, page } = await open(provider);
  const names = await page.evaluate(() => window.contractPage.cases);
  await context.close();
  return names;
}

for (const provider of ['better-auth', 'oidc']) {
  const names = await cases(provider);
  describe(`${provider} adapter: the adapter contract against the real server`, () => {
    for (const name of names) {
      test(name, async t => {
        const { context, page, problems } = await open(provider);
        try {
          const count = await page.evaluate(name => window.contractPage.sessionsFor(name), name);
          if (provider == 'oidc') {
            if (!(await page.evaluate(() => window.contractPage.signedIn()))) await signInOpenId(page, provider);
          } else {
            await page.evaluate(count => window.contractPage.setup(count), count);
          }
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
  });
}
