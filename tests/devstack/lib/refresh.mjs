// POST {issuer}/auth/refresh[?agency_id=ID] with `Authorization: Bearer <refresh token>`.
// Figestió's own refresh call: it rotates the refresh token and, with agency_id, scopes the new
// access token to that agency. It delegates to the provider's refresh_token grant (so rotation,
// reuse detection and expiry are the certified code's), passing the agency on a header that the
// router only lets through for this internal call.
import { AGENCY_HEADER, CLIENT_ID } from './provider.mjs';
import { isMember } from './accounts.mjs';
import { HttpError, readBody, sendJson } from './util.mjs';

export const INTERNAL_HEADER = 'x-devstack-internal';

const BEARER_RE = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export function createRefreshHandler({ provider, issuer, internalSecret }) {
  const invalid = (message) => new HttpError(401, 'invalid_token', message);

  return async function handle(req, res, url) {
    if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'use POST');
    await readBody(req, 4096); // the body is empty by contract; drain it

    const m = BEARER_RE.exec(req.headers.authorization ?? '');
    if (!m) throw invalid('missing or malformed bearer refresh token');
    const value = m[1];
    const agencyId = url.searchParams.get('agency_id');

    // Look first, without consuming: a 403 for a foreign agency must leave the token usable.
    const token = await provider.RefreshToken.find(value);
    if (!token || token.clientId !== CLIENT_ID) throw invalid('refresh token unknown, expired or revoked');
    // A consumed (already rotated) token goes on to the grant, which revokes the whole grant
    // on reuse and answers invalid_grant: no agency check needed for it.
    if (!token.consumed && agencyId !== null && !isMember(token.accountId, agencyId)) {
      throw new HttpError(403, 'forbidden_agency', 'the user does not belong to that agency');
    }

    const r = await fetch(`${issuer}/oidc/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        [INTERNAL_HEADER]: internalSecret,
        ...(agencyId !== null ? { [AGENCY_HEADER]: agencyId } : {}),
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: value, client_id: CLIENT_ID }),
      signal: AbortSignal.timeout(10000),
    });
    const body = await r.json().catch(() => ({}));
    if (r.status === 400 && body.error === 'invalid_grant') {
      throw invalid('refresh token unknown, already used, expired or revoked');
    }
    if (!r.ok) throw new HttpError(502, 'token_endpoint_error', `token endpoint answered ${r.status} ${body.error ?? ''}`.trim());
    sendJson(res, 200, {
      access_token: body.access_token,
      refresh_token: body.refresh_token,
      expires_in: body.expires_in,
      token_type: body.token_type,
      scope: body.scope,
    });
  };
}
