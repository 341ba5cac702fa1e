// A real OpenID Provider (node-oidc-provider) for the OIDC demo page and tests: a public client
// with code + PKCE, a minimal password login, first-party consent without a screen, sign-out
// confirmed automatically, token revocation, and an in-memory store the tests can read.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'auth-elements-demo';

/** The demo accounts (login → account). Passwords are printed on the demo page: this is a demo. */
export const accounts = {
  alice: { sub: 'alice', name: 'Alice Liddell', email: 'alice@example.com', password: 'alice-password' },
  bob: { sub: 'bob', name: 'Bob Dylan', email: 'bob@example.com', password: 'bob-password' },
};

const escape = text =>
  String(text ?? '').replace(
    /[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const page = (title, body) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">` +
  `<title>${title}</title><style>body{font:16px system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem}` +
  `label{display:block;margin:.75rem 0}input{display:block;width:100%;padding:.5rem;box-sizing:border-box}` +
  `button{margin-top:1rem;padding:.5rem 1rem}.error{color:#b00020}</style><body>${body}</body></html>`;

const loginForm = (uid, login = '', error = '') =>
  page(
    'Sign in to the OpenID Provider',
    `<h1>OpenID Provider</h1>${error ? `<p class="error" role="alert" id="login-error">${escape(error)}</p>` : ''}` +
      `<form method="post" action="/interaction/${escape(uid)}">` +
      `<label>Login <input name="login" autocomplete="username" value="${escape(login)}" required></label>` +
      `<label>Password <input name="password" type="password" autocomplete="current-password" required></label>` +
      `<button type="submit">Sign in</button></form>` +
      `<p>Demo accounts: <code>alice</code> / <code>alice-password</code>, <code>bob</code> / <code>bob-password</code>.</p>`,
  );

/** A Map-backed storage adapter (the contract of oidc-provider's MemoryAdapter) whose content tests can read. */
function mapAdapter(store) {
  return class MapAdapter {
    constructor(model) {
      this.model = model;
    }
    key(id) {
      return `${this.model}:${id}`;
    }
    async upsert(id, payload, expiresIn) {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null });
      if (payload.grantId) {
        const grant = `grant:${payload.grantId}`;
        store.set(grant, [...new Set([...(store.get(grant) ?? []), this.key(id)])]);
      }
      if (payload.uid) store.set(`${this.model}:uid:${payload.uid}`, id);
    }
    async find(id) {
      const entry = store.get(this.key(id));
      if (!entry || (entry.expiresAt && entry.expiresAt < Date.now())) return undefined;
      return entry.payload;
    }
    async findByUid(uid) {
      const id = store.get(`${this.model}:uid:${uid}`);
      return id && this.find(id);
    }
    async findByUserCode() {
      return undefined;
    }
    async consume(id) {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId) {
      for (const key of store.get(`grant:${grantId}`) ?? []) store.delete(key);
      store.delete(`grant:${grantId}`);
    }
  };
}

const readForm = req =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', chunk => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });

/**
 * @param {{ issuer: string, rpOrigins: string[], rpPath: string, clients?: object[] }} options
 *   `rpOrigins` are the origins of the relying-party page `rpPath` (its redirect and
 *   post-logout URIs); `clients` more registered clients (the Auth.js server).
 */
export function createOpenIdProvider({ issuer, rpOrigins, rpPath, clients = [] }) {
  const store = new Map();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const uris = rpOrigins.map(origin => origin + rpPath);
  const provider = new Provider(issuer, {
    adapter: mapAdapter(store),
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: 'auth-elements demo',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: uris,
        post_logout_redirect_uris: uris,
      },
      ...clients,
    ],
    // Its own cookie names: cookies ignore ports, and the demo server shares 127.0.0.1.
    cookies: {
      keys: [randomBytes(24).toString('base64url')],
      names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_resume' },
    },
    // The page calls discovery, keys, token, userinfo and revocation from its own origin.
    clientBasedCORS: (ctx, origin, client) => (client.redirectUris ?? []).some(uri => new URL(uri).origin === origin),
    claims: { openid: ['sub', 'sid'], email: ['email', 'email_verified'], profile: ['name'] },
    // The granted scopes' claims in the ID token too: Auth.js reads the user from the ID token only.
    conformIdTokenClaims: false,
    scopes: ['openid', 'email', 'profile'],
    async findAccount(ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: account.sub, name: account.name, email: account.email, email_verified: true };
        },
      };
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Confirm "sign out of the provider" without a Yes/No page.
        async logoutSource(ctx, form) {
          ctx.body =
            page('Signing out', form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')) +
            '<script>document.getElementById("op.logoutForm").submit()</script>';
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page('Signed out', '<p>Signed out of the OpenID Provider.</p>');
        },
      },
    },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'demo-' + Date.now(), alg: 'RS256', use: 'sig' }] },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Error', `<h1>Error</h1><pre id="error">${escape(JSON.stringify(out))}</pre>`);
    },
  });
  provider.on('server_error', (ctx, error) => console.error('[openid provider]', error));
  // oidc-client-ts reads the revocation answer as JSON; the provider answers 200 with an empty
  // text/plain body. Label it JSON so revokeTokens() resolves.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'revocation' && ctx.status === 200) ctx.type = 'application/json';
  });
  const callback = provider.callback();

  async function interaction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { uid, prompt, params } = details;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (prompt.name === 'login') {
      if (req.method !== 'POST') return res.end(loginForm(uid, params.login_hint));
      const form = await readForm(req);
      const account = accounts[form.get('login')];
      if (!account || account.password !== form.get('password')) {
        res.statusCode = 401;
        return res.end(loginForm(uid, form.get('login'), 'Wrong login or password.'));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
    }
    if (prompt.name === 'consent') {
      // The demo's own client: grant what it asks for, no consent screen.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
      if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
      if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
    }
    res.statusCode = 501;
    res.end(page('Unsupported', `<p>Unsupported prompt ${escape(prompt.name)}</p>`));
  }

  /** Sessions, grants and tokens the provider holds (model → ids). */
  function snapshot() {
    const out = {};
    for (const [key, value] of store) {
      const [model, id] = key.split(':');
      if (model === 'grant' || key.includes(':uid:')) continue;
      (out[model] ??= []).push({ id, accountId: value.payload.accountId });
    }
    return out;
  }

  return {
    async handle(req, res) {
      if (new URL(req.url, issuer).pathname.startsWith('/interaction/')) return interaction(req, res);
      return callback(req, res);
    },
    snapshot,
  };
}
