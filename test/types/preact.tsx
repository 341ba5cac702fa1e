/** @jsxImportSource preact */
// Preact (11 here; tsconfig.preact-10.json checks this file against Preact 10): props of
// <auth-sign-out-button> and <auth-user-button> from `auth-elements/jsx/preact`.
import type { SignalLike } from 'preact';
import { useRef } from 'preact/hooks';
import type { AuthClient, AuthSignOutButton, AuthSignOutErrorCode, AuthUserButton, SignOutScope } from 'auth-elements';
import type {} from 'auth-elements/jsx/preact';

declare const client: AuthClient;
/** A signal, as @preact/signals makes them. */
declare function signal<T>(value: T): SignalLike<T>;
const scope = signal<SignOutScope>('all');

export function SignOut() {
  const ref = useRef<AuthSignOutButton>(null);
  return (
    <auth-sign-out-button
      ref={ref}
      auth={client}
      scope={scope}
      session-id="sess_1"
      redirect-url=""
      timeout={5000}
      disabled={false}
      class="sign-out"
      onClick={event => void event.currentTarget.signOut()}
      onauth-sign-out={event => {
        event.preventDefault();
        const chosen: SignOutScope = event.detail.scope;
        const target: string | null = event.detail.sessionId;
        void event.currentTarget.signOut({ scope: chosen });
        // @ts-expect-error -- only auth-signed-out says where it came from
        void event.detail.source;
        void target;
      }}
      onauth-signed-out={event => void event.detail.source}
      onauth-sign-out-error={event => {
        const code: AuthSignOutErrorCode = event.detail.code;
        void code;
      }}
    >
      <button type="button">Log out</button>
    </auth-sign-out-button>
  );
}

export function Account() {
  const ref = useRef<AuthUserButton>(null);
  return (
    <auth-user-button
      ref={ref}
      auth={null}
      show-name
      open={false}
      manage-account
      user-profile-url="/account"
      sign-in-url="/sign-in"
      redirect-url="/"
      after-switch-session-url="/home"
      timeout={0}
      onauth-menu-opened={event => void event.detail}
      onauth-menu-closed={event => void event.currentTarget.open}
      onauth-manage-account={event => void event.detail.url?.length}
      onauth-add-account={event => event.preventDefault()}
      onauth-session-switch={event => void event.detail.sessionId.length}
      onauth-session-switched={event => void event.detail.sessionId}
      onauth-session-switch-error={event => void event.detail.error.message}
      onauth-sign-out={event => void event.detail.scope}
      onauth-signed-out={event => void event.detail.redirectUrl}
      onauth-sign-out-error={event => void event.detail.code}
    >
      <a slot="signed-out" href="/sign-in">
        Sign in
      </a>
    </auth-user-button>
  );
}

export function Rejected() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* @ts-expect-error -- "bogus" is not a SignOutScope */}
      <auth-sign-out-button scope="bogus" />
      {/* @ts-expect-error -- a signal of the wrong type */}
      <auth-sign-out-button scope={signal('bogus')} />
      {/* @ts-expect-error -- a session id is a string */}
      <auth-sign-out-button session-id={42} />
      {/* @ts-expect-error -- timeout is a number */}
      <auth-sign-out-button timeout="5000" />
      {/* @ts-expect-error -- show-name is a boolean */}
      <auth-user-button show-name="yes" />
      {/* @ts-expect-error -- a client needs signOut() */}
      <auth-sign-out-button auth={{ session: null }} />
      {/* @ts-expect-error -- auth is a client object, not a string */}
      <auth-user-button auth="window.Auth" />
      {/* @ts-expect-error -- the element is an <auth-sign-out-button> */}
      <auth-sign-out-button ref={input} />
      {/* @ts-expect-error -- auth-signed-out carries a sign-out detail, not a URL */}
      <auth-user-button onauth-signed-out={(event: CustomEvent<{ url: string }>) => void event.detail.url} />
      <auth-sign-out-button
        onauth-sign-out-error={event => {
          // @ts-expect-error -- codes are a closed set
          if (event.detail.code === 'network') return;
        }}
      />
    </>
  );
}
