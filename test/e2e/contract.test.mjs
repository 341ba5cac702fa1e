// The adapter contract (auth-elements/testing, src/testing/contract.ts) against the real servers: better-auth with the
// multiSession plugin on SQLite, the OpenID Provider, and the README's "write an adapter in 30 lines"
// adapter (test/adapters/guide-adapter.ts) over better-auth's REST endpoints. Each case gets a fresh browser context,
// the sessions it asks for, and a check that nothing navigated while it ran.
import { after, describe } from 'node:test';
import { contractCases, contractTests } from './contract-helpers.mjs';
import { setUp, tearDown } from './helpers.mjs';

// Started before the suites are declared: the case names come from the page.
const { server, browser } = await setUp();
after(() => tearDown({ server, browser }));

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

const pageUrl = provider => `${server.origin}/test/adapters/contract.html?provider=${provider}`;

for (const provider of ['better-auth', 'oidc', 'guide']) {
  const names = await contractCases(browser, pageUrl(provider));
  describe(`${provider} adapter: the adapter contract against the real server`, () => {
    contractTests(browser, () => pageUrl(provider), names, {
      async signInSessions(page, count) {
        if (provider == 'oidc') {
          if (!(await page.evaluate(() => window.contractPage.signedIn()))) await signInOpenId(page, provider);
        } else {
          await page.evaluate(count => window.contractPage.setup(count), count);
        }
      },
    });
  });
}
