// The OpenID Provider (node oidc-provider 9.x), configured like the production identity
// service the app talks to: one native public client with PKCE, JWT access tokens for the API.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';
import { findUser, claimsOf } from './accounts.mjs';
import { escapeHtml as esc } from './util.mjs';

export const CLIENT_ID = 'figestio-sync';
/** Audience of access tokens; the API accepts nothing else. */
export const API_AUDIENCE = 'figestio-api';
/** Resource indicator (RFC 8707 needs an absolute URI); every access token is for it by default. */
export const API_RESOURCE = 'urn:figestio:api';
export const SCOPES = 'openid profile email offline_access agency';
/** The app tries 51789 first, then 51790–51799. Native clients ignore the port anyway (RFC 8252 §7.3). */
export const REDIRECT_URIS = Array.from({ length: 11 }, (_, i) => `http://127.0.0.1:${51789 + i}/callback`);

/** Header through which /auth/refresh tells the token endpoint which agency to put in the token. */
export const AGENCY_HEADER = 'x-devstack-agency';

const ROUTES = {
  authorization: '/oidc/auth',
  backchannel_authentication: '/oidc/backchannel',
  code_verification: '/oidc/device',
  challenge: '/oidc/challenge',
  device_authorization: '/oidc/device/auth',
  end_session: '/oidc/session/end',
  introspection: '/oidc/token/introspection',
  jwks: '/oidc/jwks',
  pushed_authorization_request: '/oidc/request',
  registration: '/oidc/reg',
  revocation: '/oidc/token/revocation',
  token: '/oidc/token',
  userinfo: '/oidc/me',
  credential: '/oidc/credential',
};

/** A fresh RS256 signing key per devstack: nothing secret is ever checked in. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

/**
 * @param {object} o
 * @param {string} o.issuer   e.g. http://127.0.0.1:PORT (no trailing slash)
 * @param {{accessTokenTtl:number}} o.state  live test state (the TTL control changes it)
 * @param {Function} o.adapter storage adapter class (lib/adapter.mjs)
 */
export function createProvider({ issuer, state, adapter }) {
  const provider = new Provider(issuer, {
    adapter,
    clients: [{
      client_id: CLIENT_ID,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: REDIRECT_URIS,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      scope: SCOPES,
    }],
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: ROUTES,
    // Our own interaction pages (lib/interactions.mjs) live outside /oidc/ and /auth/.
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => (findUser(id) ? { accountId: id, claims: () => claimsOf(id) } : undefined),
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    scopes: ['openid', 'offline_access', 'agency'],
    // Put the profile claims into the ID token itself, so the app never needs the userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Always a refresh token for the app (not only with prompt=consent), and one that outlives
    // the browser session.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: () => false,
    rotateRefreshToken: true,
    ttl: {
      AccessToken: () => state.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 24 * 3600,
      Grant: 14 * 24 * 3600,
      RefreshToken: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // No `resource` parameter needed from the app: the API is the default and only resource.
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: SCOPES,
            audience: API_AUDIENCE,
            accessTokenTTL: state.accessTokenTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // A plain page instead of the library's default (which also logs a notice on every call).
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title></head>`
        + `<body><h1>Sign-in error</h1><p data-error="${esc(out.error)}">${esc(out.error)}: ${esc(out.error_description)}</p></body></html>`;
    },
    // The agency comes only from /auth/refresh (the router strips this header from anybody else).
    extraTokenClaims: (ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const agency = ctx.get(AGENCY_HEADER);
      return agency ? { agency_id: agency } : undefined;
    },
  });
  return provider;
}
