// Hardening finding 7: a slotted <button> inside a <form> was the form's default button, so Enter
// in any field of that form signed out and swallowed the real submit. While it is the control it
// now acts as type="button", and the author's type comes back when it stops being the control.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthSignOutButton } from '../../src/index.js';
import { fakeClient } from '../helpers.js';

describe('finding 7: a slotted <button> inside a <form> is not the form’s default button', () => {
  it('Enter in a field submits the form and signs nobody out', async () => {
    const client = fakeClient();
    const submits: SubmitEvent[] = [];
    const form = await fixture<HTMLFormElement>(html`
      <form
        @submit=${(event: SubmitEvent) => {
          submits.push(event);
          event.preventDefault();
        }}
      >
        <input name="q" />
        <auth-sign-out-button .auth=${client}><button>Sign out</button></auth-sign-out-button>
        <button id="search">Search</button>
      </form>
    `);
    const el = form.querySelector<AuthSignOutButton>('auth-sign-out-button')!;
    await el.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submits.length == 1, 'Enter in the field did not submit the form');
    expect(submits[0]!.submitter, 'the form’s own submit button is the submitter').to.equal(
      form.querySelector('#search'),
    );
    expect(client.calls, 'no sign-out').to.deep.equal([]);
  });

  it('a form whose only button is the control still submits on Enter, without signing out', async () => {
    const client = fakeClient();
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(event: Event) => (submitted++, event.preventDefault())}>
        <input name="q" />
        <auth-sign-out-button .auth=${client}><button>Sign out</button></auth-sign-out-button>
      </form>
    `);
    await form.querySelector<AuthSignOutButton>('auth-sign-out-button')!.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    // A form with one field and no submit button submits implicitly.
    await waitUntil(() => submitted == 1, 'the form was not submitted');
    expect(client.calls).to.deep.equal([]);
  });

  it('gives the author’s type back when the button stops being the control, and when it leaves', async () => {
    const el = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${fakeClient()}><button type="submit">Sign out</button></auth-sign-out-button>`,
    );
    await el.updateComplete;
    const button = el.querySelector('button')!;
    expect(button.type, 'while it is the control').to.equal('button');
    el.append(document.createElement('span'));
    await waitUntil(() => button.getAttribute('type') == 'submit', 'not the control: the type did not come back');
    el.querySelector('span')!.remove();
    await waitUntil(() => button.type == 'button', 'the control again');
    el.remove();
    expect(button.getAttribute('type'), 'disconnected').to.equal('submit');

    const plain = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${fakeClient()}><button>Sign out</button></auth-sign-out-button>`,
    );
    await plain.updateComplete;
    const own = plain.querySelector('button')!;
    own.remove();
    await waitUntil(() => !own.hasAttribute('type'), 'a button without a type attribute gets none back');
  });
});
