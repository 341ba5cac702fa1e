// The account page the menus' "Manage account" leads to: where this account is signed in, from
// the real better-auth backend (`listSessions`), with sign-out of one device or every other one.
import '../src/define.js';
import { setAuth } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);
