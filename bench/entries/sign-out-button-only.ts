// The sign-out button alone, defined: what a page that uses only <auth-sign-out-button> ships.
import { AuthSignOutButton } from '../../src/elements/sign-out-button.js';

customElements.define('auth-sign-out-button', AuthSignOutButton);
