// readme:start
'use client';
import { SignOutButton, UserButton } from 'auth-elements/react';
import { client, onAuthEvent } from './auth-client';

export function Account() {
  return (
    <nav>
      <UserButton
        auth={client}
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
        auth={client}
        onAuthSignOut={onAuthEvent}
        onAuthSignedOut={onAuthEvent}
        onAuthSignOutError={onAuthEvent}
      />
    </nav>
  );
}
// readme:end
