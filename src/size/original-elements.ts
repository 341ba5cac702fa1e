// The entry the size budgets `own-code` and `auth-elements` measure (scripts/size-budgets.json),
// never shipped: the two original elements defined, the flow, their mount functions, `setAuth`,
// `setStrings` and English, so that the elements added later are counted by `auth-elements-all`
// (src/cdn.ts) alone.
import { defineElement } from '../elements/define-elements.js';
import { AuthSignOutButton } from '../elements/sign-out-button.js';
import { AuthUserButton } from '../elements/user-button.js';

defineElement('auth-sign-out-button', AuthSignOutButton);
defineElement('auth-user-button', AuthUserButton);

export { AuthSignOutButton, AuthUserButton };
export { setAuth } from '../auth/client.js';
export { setStrings } from '../i18n/strings.js';
export { mountSignOutButton, mountUserButton, unmountSignOutButton, unmountUserButton } from '../mount.js';
