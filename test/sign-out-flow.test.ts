// The sign-out flow's timeout and failures: every failure ends in exactly one error event, no
// unhandled rejection escapes, and the control works again. Clients record navigations.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { type AuthSignOutButton, type SignOutOptions } from '../src/index.js';
import {
  type Answer,
  BYE,
  anotherFlightTimedOut,
  button,
  click,
  clickFor,
  pendingClient,
  rejectionsReported,
} from './helpers/sign-out-flow.js';
import { applySignOut, busy, fakeClient, idle, nextTask, record, types, unhandledRejections } from './helpers/index.js';

describe('sign-out flow', () => {
  it('the unhandledrejection watch used below sees a rejection nobody handles', async () => {
    const reasons = unhandledRejections();
    const probe = Promise.reject(new Error('probe'));
    // The runner logs an unhandled rejection through the promise's `catch`: keep the probe out of it.
    Object.defineProperty(probe, 'catch', { value: () => probe });
    await waitUntil(() => reasons.length > 0, 'no unhandledrejection reported');
    probe.then(undefined, () => {});
    expect(reasons).to.have.length(1);
    expect((reasons[0] as Error).message).to.equal('probe');
  });

  describe('timeout', () => {
    it('an unanswered call fails with timeout and its signal is aborted; a late answer does nothing', async () => {
      const { client, answers } = pendingClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} timeout="50" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const log = record(window);
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.code).to.equal('timeout');
      expect(detail.error).to.be.instanceOf(Error);
      expect(client.calls[0]!.signal.aborted).to.equal(true);
      await idle(el);

      answers[0]!.resolve();
      await nextTask();
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.navigations).to.deep.equal([]);

      // The flight is over: the next click starts a new one.
      click(el);
      await waitUntil(() => client.calls.length == 2, 'no second call');
      expect(client.calls[1]!.signal.aborted).to.equal(false);
      answers[1]!.resolve();
      await waitUntil(() => client.navigations.length > 0, 'no navigation after the second flight');
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error', 'auth-sign-out', 'auth-signed-out']);
      expect(client.navigations).to.deep.equal([BYE()]);
    });

    it('a late rejection after a timeout is swallowed', async () => {
      const rejections = unhandledRejections();
      const { client, answers } = pendingClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} timeout="50" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const log = record(window);
      await clickFor(el, 'auth-sign-out-error');
      answers[0]!.reject(new Error('late'));
      await rejectionsReported();
      expect(rejections).to.deep.equal([]);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.navigations).to.deep.equal([]);
    });

    it('timeout="0" and negative timeouts mean no timeout', async () => {
      const zero = pendingClient();
      const negative = pendingClient();
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <auth-sign-out-button .auth=${zero.client} timeout="0"></auth-sign-out-button>
          <auth-sign-out-button .auth=${negative.client} timeout="-1"></auth-sign-out-button>
        </div>
      `);
      const els = [...page.querySelectorAll('auth-sign-out-button')] as AuthSignOutButton[];
      await Promise.all(els.map(el => el.updateComplete));
      const log = record();
      els.forEach(click);
      await busy(...els);
      await anotherFlightTimedOut(1);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out']);
      expect(zero.client.calls[0]!.signal.aborted).to.equal(false);
      expect(negative.client.calls[0]!.signal.aborted).to.equal(false);
      expect(els.every(el => el.hasAttribute('busy'))).to.equal(true);
      zero.answers[0]!.resolve();
      negative.answers[0]!.resolve();
      await idle(...els);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out', 'auth-signed-out', 'auth-signed-out']);
    });

    // The 10 s themselves run on mock timers in test/unit/flight.test.ts ("with the default an
    // unanswered call fails with timeout at 10 s exactly, and its signal aborts").
    it('an invalid timeout attribute means the default, 10 s', async () => {
      const values = ['soon', '', 'Infinity', ' '];
      for (const value of values) {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${pendingClient().client} timeout=${value}></auth-sign-out-button>`,
        );
        expect(el.timeout, `timeout="${value}"`).to.equal(10000);
      }
    });
  });

  describe('failures', () => {
    const failures: [string, string, (options: SignOutOptions) => Promise<Answer>][] = [
      ['rejects with an Error', 'failed', () => Promise.reject(new Error('provider down'))],
      ['rejects with a string', 'failed', () => Promise.reject('provider down')],
      ['rejects with a plain object', 'failed', () => Promise.reject({ status: 500 })],
      ['rejects with undefined', 'failed', () => Promise.reject(undefined)],
      [
        'throws synchronously',
        'failed',
        () => {
          throw new Error('provider down');
        },
      ],
      ['never answers', 'timeout', () => new Promise<never>(() => {})],
    ];

    for (const [what, expected, fail] of failures) {
      it(`the client ${what}: ${expected}, no navigation, the control works again`, async () => {
        const rejections = unhandledRejections();
        let calls = 0;
        const client = fakeClient({
          navigate: true,
          signOut: (options, self) => {
            if (++calls == 1) return fail(options);
            applySignOut(self, options);
            return Promise.resolve();
          },
        });
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client} timeout="100" redirect-url="/bye"></auth-sign-out-button>`,
        );
        const log = record(window);
        const { detail } = await clickFor(el, 'auth-sign-out-error');
        expect(detail.code).to.equal(expected);
        expect(detail.error).to.be.instanceOf(Error);
        expect(detail.scope).to.equal('all');
        expect(detail.sessionId).to.equal(null);
        expect(Object.isFrozen(detail)).to.equal(true);
        await idle(el);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
        expect(button(el).textContent!.trim()).to.equal('Sign out');
        expect(client.session?.id).to.equal('s1');
        expect(client.navigations).to.deep.equal([]);

        await clickFor(el, 'auth-signed-out');
        expect(client.calls).to.have.length(2);
        await rejectionsReported();
        expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error', 'auth-sign-out', 'auth-signed-out']);
        expect(client.navigations).to.deep.equal([BYE()]);
        expect(rejections).to.deep.equal([]);
      });
    }

    it('a rejection keeps its Error object and message', async () => {
      const error = new Error('provider down');
      const client = fakeClient({ navigate: true, signOut: () => Promise.reject(error) });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.error).to.equal(error);
    });
  });
});
