import '../src/define.js';
import { setAuth } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/#profile' });
setAuth(client);
if (client.backend == 'memory' && !client.session) client.reset();

// The examples marked `open` show their menu once there is an account to show (a menu never
// opens while loading or signed out).
const opened = [...document.querySelectorAll<HTMLElement & { open: boolean }>('auth-user-button[open]')];
const reopen = () => {
  if (client.session) for (const el of opened) el.open = true;
};
client.addListener(reopen);
reopen();
