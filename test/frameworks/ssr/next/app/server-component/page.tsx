// A server component renders the tags themselves; a client component around them hands the
// client to the elements through `window.Auth` and listens to their events, which bubble.
// readme:start
import type {} from 'auth-elements/jsx/react';
import { AuthEvents } from './auth-events';

export default function Page() {
  return (
    <AuthEvents>
      <auth-user-button user-profile-url="/account" sign-in-url="/sign-in" />
      <auth-sign-out-button />
    </AuthEvents>
  );
}
// readme:end
