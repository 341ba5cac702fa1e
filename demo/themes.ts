import '../src/define.js';
import { setAuth } from '../src/index.js';
import { createDemoClient } from './demo-client.js';

const client = createDemoClient();
Object.assign(client, { userProfileUrl: '/#profile', signInUrl: '/#sign-in' });
setAuth(client);
if (!client.session) client.reset();
