// readme:start
import { SignOutButton, UserButton } from 'auth-elements/react';
import type { AuthClient } from 'auth-elements';
import { client, onAuthEvent } from '../auth-client.js';

export function Account() {
  return (
    <nav>
      <UserButton
        auth={client as AuthClient | undefined}
        showName
        userProfileUrl="/account"
        signInUrl="/sign-in"
        onAuthMenuOpened={onAuthEvent}
        onAuthMenuClosed={onAuthEvent}
        onAuthManageAccount={onAuthEvent}
        onAuthAddAccount={onAuthEvent}
        onAuthSessionSwitch={onAuthEvent}
        onAuthSessionSwitched={onAuthEvent}
        onAuthSessionSwitchError={onAuthEvent}
      />
      <SignOutButton
        auth={client as AuthClient | undefined}
        onAuthSignOut={onAuthEvent}
        onAuthSignedOut={onAuthEvent}
        onAuthSignOutError={onAuthEvent}
      />
    </nav>
  );
}
// readme:end
