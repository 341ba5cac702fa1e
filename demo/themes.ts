import '../src/define.js';
import { setAuth } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/#profile' });
setAuth(client);
if (client.backend == 'memory' && !client.session) client.reset();
