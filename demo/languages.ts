import '../src/define.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import '../src/locales/es.js';
import '../src/locales/it.js';
import '../src/locales/pt.js';
import '../src/locales/nl.js';
import '../src/locales/ja.js';
import '../src/locales/zh.js';
import '../src/locales/ko.js';
import '../src/locales/ar.js';
import { setAuth } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);
if (client.backend == 'memory' && !client.session) client.reset();

const languages: [tag: string, name: string][] = [
  ['en', 'English (built in)'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['pt', 'Português'],
  ['nl', 'Nederlands'],
  ['ja', '日本語'],
  ['zh', '简体中文'],
  ['ko', '한국어'],
  ['ar', 'العربية (right to left)'],
];

document.querySelector('#rows')!.replaceChildren(
  ...languages.map(([tag, name]) => {
    const row = document.createElement('tr');
    const code = document.createElement('code');
    code.textContent = tag;
    const label = document.createElement('td');
    label.lang = tag;
    label.textContent = name;
    const elements = document.createElement('div');
    elements.className = 'row';
    elements.lang = tag;
    const signOut = document.createElement('auth-sign-out-button');
    signOut.redirectUrl = '';
    const user = document.createElement('auth-user-button');
    user.showName = true;
    user.redirectUrl = '';
    elements.append(signOut, user);
    if (tag === 'ar') elements.dir = 'rtl';
    const header = document.createElement('th');
    header.scope = 'row';
    header.append(code);
    const cell = document.createElement('td');
    cell.append(elements);
    row.append(header, label, cell);
    return row;
  }),
);
document.querySelector('#reset')!.addEventListener('click', () => client.reset());
