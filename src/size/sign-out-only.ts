// Measurement-only entry for the size check: the sign-out button alone, defined.
import { AuthSignOutButton } from '../elements/sign-out-button.js';

customElements.define('auth-sign-out-button', AuthSignOutButton);
