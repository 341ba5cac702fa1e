import '../src/define.js';
import { setAuth } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);
if (client.backend == 'memory' && !client.session) client.reset();

// The dark Clerk-like example has the light one's items.
const [light, dark] = ['#shot-light', '#shot-dark'].map(id => document.querySelector(`${id} auth-user-button`));
dark?.append(...[...(light?.children ?? [])].map(item => item.cloneNode(true)));

// The theme choice of the Clerk-like menu sets the page's colour scheme (the menu stays open).
for (const radio of document.querySelectorAll<HTMLElement>('[role=menuitemradio][data-theme]')) {
  radio.addEventListener('click', () => {
    const scheme = radio.dataset.theme == 'system' ? 'light dark' : (radio.dataset.theme ?? 'light dark');
    document.documentElement.style.colorScheme = scheme;
    document.documentElement.style.setProperty('--auth-color-scheme', scheme);
  });
}
