// Runs the adapter contract of `auth-elements/testing` as one mocha test per case (the browser
// tests); a skipped case shows as pending with its reason.
import type { AuthClient } from '../../src/auth/types.js';
import { adapterContract, type AdapterHooks } from '../../src/testing/index.js';

export function describeContract(
  title: string,
  create: () => AuthClient,
  hooks: AdapterHooks & Required<Pick<AdapterHooks, 'signInSessions'>>,
  after?: () => void | Promise<void>,
): void {
  describe(`${title}: the adapter contract`, () => {
    for (const { name, sessions, run } of adapterContract(create, hooks)) {
      it(name, async function () {
        await hooks.signInSessions(sessions);
        const outcome = await run();
        await after?.();
        if (outcome) this.skip();
      });
    }
  });
}
