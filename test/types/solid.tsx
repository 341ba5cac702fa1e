/** @jsxImportSource solid-js */
/// <reference types="auth-elements/jsx/solid" />
// Solid: props of <auth-sign-out-button> and <auth-user-button> from `auth-elements/jsx/solid`
// (included by a reference directive here; the other samples use `import type {}`).
import type { AuthClient, AuthSignOutButton, AuthSignOutErrorCode, AuthUserButton, SignOutScope } from 'auth-elements';

declare const client: AuthClient;

export function SignOut() {
  let element: AuthSignOutButton | undefined;
  return (
    <auth-sign-out-button
      ref={element}
      auth={client}
      scope="session"
      session-id="sess_1"
      redirect-url=""
      timeout={5000}
      disabled={false}
      class="sign-out"
      onClick={event => void event.currentTarget.signOut()}
      on:auth-sign-out={event => {
        event.preventDefault();
        const scope: SignOutScope = event.detail.scope;
        const target: string | null = event.detail.sessionId;
        void event.currentTarget.signOut({ scope });
        // @ts-expect-error -- only auth-signed-out says where it came from
        void event.detail.source;
        void target;
      }}
      on:auth-signed-out={{ once: true, handleEvent: event => void event.detail.source }}
      on:auth-sign-out-error={event => {
        const code: AuthSignOutErrorCode = event.detail.code;
        void code;
      }}
    >
      <button type="button">Log out</button>
    </auth-sign-out-button>
  );
}

export function Account() {
  let element!: AuthUserButton;
  return (
    <auth-user-button
      ref={element}
      auth={null}
      show-name
      open={false}
      manage-account
      user-profile-url="/account"
      sign-in-url="/sign-in"
      redirect-url="/"
      after-switch-session-url="/home"
      timeout={0}
      on:auth-menu-opened={event => void event.detail}
      on:auth-menu-closed={event => void event.currentTarget.open}
      on:auth-manage-account={event => void event.detail.url?.length}
      on:auth-add-account={event => event.preventDefault()}
      on:auth-session-switch={event => void event.detail.sessionId.length}
      on:auth-session-switched={event => void event.detail.sessionId}
      on:auth-session-switch-error={event => void event.detail.error.message}
      on:auth-sign-out={event => void event.detail.scope}
      on:auth-signed-out={event => void event.detail.redirectUrl}
      on:auth-sign-out-error={event => void event.detail.code}
    >
      <a slot="signed-out" href="/sign-in">
        Sign in
      </a>
    </auth-user-button>
  );
}

export function Rejected() {
  let input!: HTMLInputElement;
  return (
    <>
      {/* @ts-expect-error -- "bogus" is not a SignOutScope */}
      <auth-sign-out-button scope="bogus" />
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
      <auth-user-button on:auth-signed-out={(event: CustomEvent<{ url: string }>) => void event.detail.url} />
      <auth-sign-out-button
        on:auth-sign-out-error={event => {
          // @ts-expect-error -- codes are a closed set
          if (event.detail.code === 'network') return;
        }}
      />
    </>
  );
}
