// readme:start
'use client';
import { setAuth } from 'auth-elements';
import 'auth-elements/define';
import { useEffect, useRef, type ReactNode } from 'react';
import { client, onAuthEvent } from '../auth-client';

const events = [
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-manage-account',
  'auth-add-account',
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
  'auth-sign-out',
  'auth-signed-out',
  'auth-sign-out-error',
] as const;

/** Gives the elements inside the client (as `window.Auth`) and hears their events. */
export function AuthEvents({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current!;
    setAuth(client ?? null);
    for (const type of events) root.addEventListener(type, onAuthEvent);
    return () => events.forEach(type => root.removeEventListener(type, onAuthEvent));
  }, []);
  return <div ref={ref}>{children}</div>;
}
// readme:end
