// React 19: props of the elements from `auth-elements/jsx/react`.
import { useRef } from 'react';
import type {
  AuthClient,
  AuthSignInButton,
  AuthSignInErrorCode,
  AuthSignOutButton,
  AuthSignOutErrorCode,
  AuthUserButton,
  SignOutScope,
} from 'auth-elements';
import type {} from 'auth-elements/jsx/react';

declare const client: AuthClient;

export function SignOut() {
  const ref = useRef<AuthSignOutButton>(null);
  return (
    <auth-sign-out-button
      ref={ref}
      auth={client}
      scope="session"
      session-id="sess_1"
      redirect-url=""
      timeout={5000}
      disabled={false}
      className="sign-out"
      onClick={event => void event.currentTarget.signOut()}
      onauth-sign-out={event => {
        event.preventDefault();
        const scope: SignOutScope = event.detail.scope;
        const target: string | null = event.detail.sessionId;
        void event.currentTarget.signOut({ scope });
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

export function Companions() {
  const ref = useRef<AuthSignInButton>(null);
  return (
    <>
      <auth-show when="signed-out" session-id="sess_1" auth={client}>
        <auth-sign-in-button
          ref={ref}
          sign-in-url="/sign-in?next={redirect}"
          redirect-url="/"
          timeout={5000}
          disabled={false}
          onClick={event => void event.currentTarget.signIn()}
          onauth-sign-in={event => {
            const url: string | null = event.detail.url;
            event.preventDefault();
            void url;
          }}
          onauth-sign-in-error={event => {
            const code: AuthSignInErrorCode = event.detail.code;
            void code;
          }}
        />
      </auth-show>
      <auth-avatar session-id="sess_1" label="Signed in as {name}" />
      {/* @ts-expect-error -- "signed_in" is not a state */}
      <auth-show when="signed_in" />
      {/* @ts-expect-error -- a label is a string */}
      <auth-avatar label={42} />
    </>
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
      <a slot="menu-item" href="/billing">
        Billing
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
      {/* @ts-expect-error -- a session id is a string */}
      <auth-sign-out-button session-id={42} />
      {/* @ts-expect-error -- timeout is a number */}
      <auth-sign-out-button timeout="5000" />
      {/* @ts-expect-error -- disabled is a boolean */}
      <auth-sign-out-button disabled="disabled" />
      {/* @ts-expect-error -- show-name is a boolean */}
      <auth-user-button show-name="yes" />
      {/* @ts-expect-error -- a URL is a string */}
      <auth-user-button user-profile-url={new URL('https://example.com/')} />
      {/* @ts-expect-error -- a client needs signOut() */}
      <auth-sign-out-button auth={{ session: null }} />
      {/* @ts-expect-error -- auth is a client object, not a string */}
      <auth-user-button auth="window.Auth" />
      {/* @ts-expect-error -- the element is an <auth-sign-out-button> */}
      <auth-sign-out-button ref={input} />
      {/* @ts-expect-error -- the sign-out button has no open state */}
      <auth-sign-out-button open />
      {/* @ts-expect-error -- auth-signed-out carries a sign-out detail, not a URL */}
      <auth-user-button onauth-signed-out={(event: CustomEvent<{ url: string }>) => void event.detail.url} />
      {/* @ts-expect-error -- the listener of the sign-out button gets the sign-out button */}
      <auth-sign-out-button onauth-sign-out={(event: { currentTarget: AuthUserButton }) => void event} />
      <auth-sign-out-button
        onauth-sign-out-error={event => {
          // @ts-expect-error -- codes are a closed set
          if (event.detail.code === 'network') return;
        }}
      />
      <auth-user-button
        onauth-session-switch={event => {
          // @ts-expect-error -- the session id of a switch is never null
          const id: null = event.detail.sessionId;
          void id;
        }}
      />
    </>
  );
}
