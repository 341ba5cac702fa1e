// The page's auth client and the handler of its events. In an app the client is an adapter's
// (better-auth, OpenID Connect, Clerk), made in the browser; here the fake client of the test
// harness. There is none on the server: the elements render their loading state there.
import type { AuthClient } from 'auth-elements';
import { harness, record } from '../../common/harness.js';

export const client = harness('next')?.client as AuthClient | undefined;
export const onAuthEvent = record;
