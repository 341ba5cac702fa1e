// Loopback stand-ins for two hosted auth servers that cannot run on this machine, answering the
// endpoints their browser SDKs call, as documented, on the test server's own origin:
// - Supabase Auth (GoTrue) under /__supabase/TENANT/auth/v1: POST token?grant_type=password,
//   GET user, POST logout?scope=local|global|others (204);
// - Auth0 under /__auth0/TENANT: POST oauth/token (authorization code + PKCE) answering an ID
//   token with the transaction's nonce and a refresh token, POST oauth/revoke, GET v2/logout.
// Each test uses a tenant of its own. Test-only routes per tenant: GET __state (the sessions the
// server holds), POST __fault?status=N (answer N until called without), POST __end?session=ID
// (ended by another device), POST __authorize (Auth0: the login a user would complete).
const tenants = new Map();

function tenant(kind, id) {
  const key = `${kind}/${id}`;
  if (!tenants.has(key)) tenants.set(key, { users: new Map(), sessions: new Map(), codes: new Map(), fault: null });
  return tenants.get(key);
}

const base64url = value => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT as the SDKs read it (they do not check signatures in the browser). */
const jwt = claims => `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;
const now = () => Math.floor(Date.now() / 1000);
const random = () => crypto.randomUUID();

async function body(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString();
  if ((ctx.get('content-type') ?? '').includes('json')) return text ? JSON.parse(text) : {};
  return Object.fromEntries(new URLSearchParams(text));
}

function send(ctx, status, value) {
  ctx.status = status;
  if (value === undefined) return;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/** What GoTrue answers for a session: tokens and the user. */
function supabaseSession(state, user) {
  const id = random();
  const refresh = random();
  state.sessions.set(id, { userId: user.id, refresh });
  const exp = now() + 3600;
  const claims = {
    sub: user.id,
    session_id: id,
    email: user.email ?? '',
    phone: user.phone ?? '',
    user_metadata: user.meta,
    app_metadata: {},
    role: 'authenticated',
    aud: 'authenticated',
    exp,
    iat: now(),
  };
  return {
    access_token: jwt(claims),
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: exp,
    refresh_token: refresh,
    user: {
      id: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      // GoTrue writes '' for the identifier a user does not have.
      email: user.email ?? '',
      phone: user.phone ?? '',
      user_metadata: user.meta,
      app_metadata: {},
    },
  };
}

function bearerSession(ctx, state) {
  const token = (ctx.get('authorization') ?? '').replace(/^Bearer /, '');
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    return state.sessions.has(claims.session_id)
      ? { id: claims.session_id, ...state.sessions.get(claims.session_id) }
      : null;
  } catch {
    return null;
  }
}

async function supabase(ctx, state, route) {
  const scope = ctx.query.scope ?? 'global';
  if (route == 'auth/v1/token' && ctx.query.grant_type == 'password') {
    // By email, or by phone (E.164 digits, stored without the '+').
    const { email, phone, password } = await body(ctx);
    const user = state.users.get(email ?? phone?.replace(/^\+/, ''));
    if (!user || user.password != password)
      return send(ctx, 400, { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
    return send(ctx, 200, supabaseSession(state, user));
  }
  if (route == 'auth/v1/signup') {
    const { email, password, data } = await body(ctx);
    const user = { id: random(), email, password, meta: data ?? {} };
    state.users.set(email, user);
    return send(ctx, 200, supabaseSession(state, user));
  }
  const session = bearerSession(ctx, state);
  if (route == 'auth/v1/user') {
    if (!session)
      return send(ctx, 403, {
        code: 403,
        error_code: 'session_not_found',
        msg: 'Session from session_id claim in JWT does not exist',
      });
    const user = [...state.users.values()].find(({ id }) => id == session.userId);
    return send(ctx, 200, {
      id: user.id,
      email: user.email ?? '',
      phone: user.phone ?? '',
      user_metadata: user.meta,
      aud: 'authenticated',
    });
  }
  if (route == 'auth/v1/logout' && ctx.method == 'POST') {
    if (!session)
      return send(ctx, 403, {
        code: 403,
        error_code: 'session_not_found',
        msg: 'Session from session_id claim in JWT does not exist',
      });
    for (const [id, { userId }] of state.sessions) {
      const mine = userId == session.userId;
      if (
        (scope == 'local' && id == session.id) ||
        (scope == 'global' && mine) ||
        (scope == 'others' && mine && id != session.id)
      )
        state.sessions.delete(id);
    }
    return send(ctx, 204);
  }
  return send(ctx, 404, { code: 404, msg: `no route ${ctx.method} ${route}` });
}

async function auth0(ctx, state, route, domain) {
  if (route == '__authorize') {
    // The login a user would complete at Auth0's page: a code bound to the transaction's nonce.
    const { nonce, user } = await body(ctx);
    const code = random();
    state.codes.set(code, { nonce, user });
    return send(ctx, 200, { code });
  }
  if (route == 'oauth/token') {
    const { code, client_id: clientId } = await body(ctx);
    const grant = state.codes.get(code);
    if (!grant) return send(ctx, 403, { error: 'invalid_grant', error_description: 'Invalid authorization code' });
    state.codes.delete(code);
    const sid = random();
    const refresh = random();
    state.sessions.set(sid, { userId: grant.user.sub, refresh });
    const claims = {
      ...grant.user,
      iss: `${domain}/`,
      aud: clientId,
      nonce: grant.nonce,
      sid,
      iat: now(),
      exp: now() + 3600,
    };
    return send(ctx, 200, {
      access_token: random(),
      id_token: jwt(claims),
      refresh_token: refresh,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'openid profile email offline_access',
    });
  }
  if (route == 'oauth/revoke') {
    // RFC 7009: 200 whether or not the token was known; the session loses its refresh token.
    const { token } = await body(ctx);
    for (const session of state.sessions.values()) if (session.refresh == token) session.refresh = null;
    return send(ctx, 200, {});
  }
  if (route == 'v2/logout') {
    // Reached by the browser's navigation only; ends every session of this tenant's browser.
    state.sessions.clear();
    ctx.status = 302;
    ctx.redirect(ctx.query.returnTo ?? '/');
    return;
  }
  return send(ctx, 404, { error: 'not_found', error_description: `no route ${route}` });
}

/** The WTR (koa) middleware. */
export async function fakeProviders(ctx, next) {
  const match = /^\/__(supabase|auth0)\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, id, route] = match;
  const state = tenant(kind, id);
  if (route == '__state') return send(ctx, 200, { sessions: [...state.sessions].map(([id, s]) => ({ id, ...s })) });
  if (route == '__fault') return send(ctx, 200, { fault: (state.fault = Number(ctx.query.status) || null) });
  if (route == '__end') return send(ctx, 200, { ended: state.sessions.delete(ctx.query.session) });
  if (route == '__user') {
    const { email, phone, password, name } = await body(ctx);
    const digits = phone?.replace(/^\+/, '');
    state.users.set(email ?? digits, {
      id: random(),
      email,
      phone: digits,
      password,
      meta: name ? { full_name: name } : {},
    });
    return send(ctx, 200, {});
  }
  if (state.fault) {
    return kind == 'supabase'
      ? send(ctx, state.fault, {
          code: state.fault,
          error_code: 'unexpected_failure',
          msg: `Injected failure ${state.fault}`,
        })
      : send(ctx, state.fault, { error: 'server_error', error_description: `Injected failure ${state.fault}` });
  }
  const origin = `${ctx.protocol}://${ctx.host}`;
  return kind == 'supabase' ? supabase(ctx, state, route) : auth0(ctx, state, route, `${origin}/__auth0/${id}`);
}
