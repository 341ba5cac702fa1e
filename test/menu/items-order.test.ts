// The `items` attribute: display order, left-out tokens, unknown tokens, items with nothing to do.
import { expect, html } from '@open-wc/testing';
import { fakeClient, captureWarnings } from '../helpers.js';
import { fullClient, mountMenu, person, shownItems } from './menu-helpers.js';

const TOKENS = ['manage-account', 'custom', 'accounts', 'add-account', 'sign-out', 'sign-out-all'];
/** What each token shows with `fullClient()` and one slotted "Billing" link. */
const SHOWS: Record<string, string> = {
  'manage-account': 'manage',
  custom: 'Billing',
  accounts: 'grace',
  'add-account': 'add',
  'sign-out': 'out',
  'sign-out-all': 'all',
};

async function order(items: string | null): Promise<string[]> {
  const { el } = await mountMenu(
    html`<auth-user-button open items=${items ?? ''}
      ><a slot="menu-item" href="#billing">Billing</a></auth-user-button
    >`,
  );
  if (items == null) el.removeAttribute('items');
  await el.updateComplete;
  return shownItems(el).filter(item => item != '|');
}

describe('<auth-user-button items>', () => {
  it('shows every item in the default order without the attribute', async () => {
    expect(await order(null)).to.deep.equal(TOKENS.map(token => SHOWS[token]));
  });

  for (let position = 0; position < TOKENS.length; position++) {
    it(`puts custom items at position ${position + 1}`, async () => {
      const rest = TOKENS.filter(token => token != 'custom');
      const tokens = [...rest.slice(0, position), 'custom', ...rest.slice(position)];
      expect(await order(tokens.join(' '))).to.deep.equal(tokens.map(token => SHOWS[token]));
    });
  }

  for (const left of TOKENS) {
    it(`hides ${left} when it is left out`, async () => {
      const tokens = TOKENS.filter(token => token != left);
      expect(await order(tokens.join(' '))).to.deep.equal(tokens.map(token => SHOWS[token]));
    });
  }

  it('follows a reversed order, and a change of the property', async () => {
    const reversed = [...TOKENS].reverse();
    const { el } = await mountMenu(
      html`<auth-user-button open items=${reversed.join(' ')}
        ><a slot="menu-item" href="#billing">Billing</a></auth-user-button
      >`,
    );
    expect(shownItems(el).filter(item => item != '|')).to.deep.equal(reversed.map(token => SHOWS[token]));
    el.items = 'sign-out manage-account';
    await el.updateComplete;
    expect(shownItems(el).filter(item => item != '|')).to.deep.equal(['out', 'manage']);
  });

  it('warns once per unknown token and ignores it', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await mountMenu(html`<auth-user-button open items="sign-out bogus sign-out"></auth-user-button>`);
      expect(shownItems(el)).to.deep.equal(['out']);
      el.items = 'bogus manage-account';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter(message => message.includes('"bogus"'))).to.have.length(1);
      expect(shownItems(el)).to.deep.equal(['manage']);
    } finally {
      warnings.restore();
    }
  });

  it('warns of an unknown token when set, before the menu first opens', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await mountMenu(html`<auth-user-button items="sign-out typo"></auth-user-button>`);
      expect(el.open, 'closed').to.equal(false);
      expect(warnings.messages.filter(message => message.includes('"typo"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('keeps items with nothing to do hidden whatever the list says', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button
        open
        items="manage-account custom accounts add-account sign-out sign-out-all"
      ></auth-user-button>`,
      fakeClient({ sessions: [person('ada', 'Ada Lovelace')] }),
    );
    // One account, no profile or sign-in URL, no slotted items: only "Sign out" has something to do.
    expect(shownItems(el)).to.deep.equal(['out']);
  });

  it('shows an empty menu (the header only) with an empty list', async () => {
    const { el } = await mountMenu(html`<auth-user-button open items=""></auth-user-button>`, fullClient());
    expect(shownItems(el)).to.deep.equal([]);
  });
});
