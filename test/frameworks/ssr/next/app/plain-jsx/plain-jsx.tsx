// The README's React 19 snippet (plain JSX) in a server-rendered page. React 19 does not set
// custom-element properties nor add `on…` listeners when it hydrates server markup
// (https://github.com/facebook/react/issues/35446): after hydration the elements have no `auth`
// and the listeners never fire. The test checks exactly that, and fails once React does it.
'use client';
import type {} from 'auth-elements/jsx/react';
import 'auth-elements/define';
import { useEffect } from 'react';
import { harness } from '../../../common/harness.js';
import { client, onAuthEvent } from '../auth-client';

export function PlainJsx() {
  // Effects run once hydration is done.
  useEffect(() => void (harness('next')!.hydrated = true), []);
  return (
    <nav>
      <auth-user-button auth={client} show-name onauth-menu-opened={onAuthEvent} />
      <auth-sign-out-button auth={client} onauth-sign-out={onAuthEvent} onauth-signed-out={onAuthEvent} />
    </nav>
  );
}
