// The user button alone, defined: what a page that uses only <auth-user-button> ships.
import { AuthUserButton } from '../../src/elements/user-button.js';

customElements.define('auth-user-button', AuthUserButton);
