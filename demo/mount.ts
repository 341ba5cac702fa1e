import {
  mountSignOutButton,
  mountUserButton,
  setAuth,
  type MountHandle,
  type SignOutButtonProps,
  type UserButtonMenuItem,
  type UserButtonProps,
} from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const log = (text: string) => {
  const line = document.createElement('li');
  line.textContent = text;
  $('#log').prepend(line);
};

let showName = true;
let menuItems: UserButtonMenuItem[] = [
  { label: 'Billing', href: '#billing' },
  { label: 'Help', onClick: () => log('Help chosen (onClick)') },
];

function mountAccount(): MountHandle<UserButtonProps> {
  return mountUserButton($('#account'), {
    showName,
    redirectUrl: '',
    menuItems,
    signedOut: 'Not signed in',
    on: {
      'auth-menu-opened': () => log('auth-menu-opened'),
      'auth-menu-closed': () => log('auth-menu-closed'),
      'auth-session-switched': e => log(`auth-session-switched ${JSON.stringify(e.detail)}`),
      'auth-signed-out': e => log(`auth-signed-out ${JSON.stringify(e.detail)}`),
    },
  });
}
let account = mountAccount();

$('#toggle-name').addEventListener('click', () => account.update({ showName: (showName = !showName) }));
$('#more-items').addEventListener('click', () => {
  const n = menuItems.length - 1;
  menuItems = [...menuItems, { label: `Project ${n}`, href: `#project-${n}` }];
  account.update({ menuItems });
});
$('#unmount-user').addEventListener('click', () => account.unmount());
$('#remount-user').addEventListener('click', () => (account = mountAccount()));

let labelled = false;
function mountSignOut(): MountHandle<SignOutButtonProps> {
  return mountSignOutButton($('#sign-out-here'), {
    redirectUrl: '',
    children: labelled ? 'Leave now' : undefined,
    on: { 'auth-signed-out': e => log(`auth-signed-out ${JSON.stringify(e.detail)}`) },
  });
}
let signOut = mountSignOut();
$('#relabel').addEventListener('click', () => {
  labelled = !labelled;
  signOut.update({ children: labelled ? 'Leave now' : undefined });
});
$('#unmount-sign-out').addEventListener('click', () => signOut.unmount());
$('#remount-sign-out').addEventListener('click', () => (signOut = mountSignOut()));
$('#reset').addEventListener('click', () => client.reset());
