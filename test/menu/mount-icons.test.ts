// mountUserButton's menuItems[].icon: a node or a function returning one, never HTML text.
import { expect } from '@open-wc/testing';
import { mountUserButton } from '../../src/index.js';
import type { AuthUserButton } from '../../src/index.js';
import { fullClient } from './menu-helpers.js';

const glyph = () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'glyph');
  return svg;
};

describe('mountUserButton menuItems[].icon', () => {
  let host: HTMLElement;
  beforeEach(() => document.body.append((host = document.createElement('div'))));
  afterEach(() => host.remove());

  it('puts a node before the label', async () => {
    const icon = glyph();
    const { element } = mountUserButton(host, {
      auth: fullClient(),
      menuItems: [{ label: 'Billing', href: '#b', icon }],
    });
    await (element as AuthUserButton).updateComplete;
    const item = element.querySelector('[slot=menu-item]');
    expect(item?.firstChild).to.equal(icon);
    expect(item?.textContent).to.equal('Billing');
  });

  it('calls a function for a new node on every update', async () => {
    const handle = mountUserButton(host, { auth: fullClient(), menuItems: [{ label: 'Billing', icon: glyph }] });
    const first = handle.element.querySelector('.glyph');
    handle.update({ menuItems: [{ label: 'Billing', icon: glyph }] });
    const second = handle.element.querySelector('.glyph');
    expect(first).to.exist;
    expect(second).to.exist.and.not.equal(first);
    expect(handle.element.querySelectorAll('.glyph')).to.have.length(1);
  });

  it('never parses a string as HTML', async () => {
    const handle = mountUserButton(host, {
      auth: fullClient(),
      menuItems: [{ label: 'Billing', icon: '<img src=x onerror=alert(1)>' as unknown as Node }],
    });
    const item = handle.element.querySelector('[slot=menu-item]');
    expect(item?.querySelector('img')).to.equal(null);
    expect(item?.textContent).to.equal('Billing');
  });
});
