// `auth-elements/define` registers both tags; a tag another class already took is
// skipped with one warning, and defining again is harmless. This file has its own page, so the
// other class is registered before any of ours.
import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers/index.js';

class Other extends HTMLElement {}

describe('define', () => {
  it('skips a tag defined by another class with one warning, defines the other, and is idempotent', async () => {
    customElements.define('auth-user-button', Other);
    const warnings = captureWarnings();
    try {
      await import('../src/define.js');
      const { defineElements } = await import('../src/elements/define-elements.js');
      const { AuthSignOutButton } = await import('../src/index.js');
      expect(customElements.get('auth-user-button'), 'the other class keeps its tag').to.equal(Other);
      expect(customElements.get('auth-sign-out-button')).to.equal(AuthSignOutButton);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<auth-user-button>');
      // Calling it again (as every mount does) neither throws nor warns about our own tag.
      defineElements();
      expect(warnings.messages.filter(m => m.includes('auth-sign-out-button'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
