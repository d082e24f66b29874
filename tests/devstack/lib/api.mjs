// The Figestió API under /api: agencies, server identity and device claims. Access tokens are
// verified with jose against the provider's published JWKS, like a separate resource server would.
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { agenciesOf, isMember, AGENCIES } from './accounts.mjs';
import { API_AUDIENCE } from './provider.mjs';
import { isDeviceId } from './deviceid.mjs';
import { HttpError, readJsonObject, sendJson } from './util.mjs';

export const SERVER_DEVICE_NAME = 'Figestió';
export const folderIdOf = (agencyId) => `figestio-${agencyId}`;

const CLAIM_FIELDS = ['device_id', 'name', 'platform', 'app_version'];

/**
 * @param {object} o
 * @param {string} o.issuer
 * @param {import('./syncthing.mjs').Syncthing} o.syncthing  the server instance
 * @param {Map<string, object>} o.claims  device_id -> claim answer (shared with the controls)
 * @param {() => (string[]|null)} [o.identityAddresses]  a test's override of the addresses
 */
export function createApi({ issuer, syncthing, claims, identityAddresses = () => null }) {
  const jwks = createRemoteJWKSet(new URL(`${issuer}/oidc/jwks`));
  let claimQueue = Promise.resolve(); // claims edit Syncthing's folder list: one at a time

  async function authenticate(req) {
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m) throw new HttpError(401, 'invalid_token', 'missing bearer access token');
    try {
      const { payload } = await jwtVerify(m[1], jwks, {
        issuer,
        audience: API_AUDIENCE,
        typ: 'at+jwt', // not an ID token, even a stolen one
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      return payload;
    } catch (err) {
      const message = err.code === 'ERR_JWT_EXPIRED' ? 'access token expired' : 'access token invalid';
      throw new HttpError(401, 'invalid_token', message);
    }
  }

  function requireAgency(token) {
    const agencyId = token.agency_id;
    if (typeof agencyId !== 'string' || !isMember(token.sub, agencyId)) {
      throw new HttpError(403, 'agency_required', 'this call needs an agency-scoped access token');
    }
    return agencyId;
  }

  function validateClaim(body) {
    for (const field of CLAIM_FIELDS) {
      const v = body[field];
      if (typeof v !== 'string' || v.trim() === '' || v.length > 256) {
        throw new HttpError(400, 'invalid_request', `"${field}" must be a non-empty string (at most 256 characters)`);
      }
    }
    if (!isDeviceId(body.device_id)) {
      throw new HttpError(422, 'invalid_device_id', 'device_id is not a Syncthing device ID (8 groups of 7 characters A-Z, 2-7, with valid check characters)');
    }
    if (body.device_id === syncthing.deviceId || /^[A-]+$/.test(body.device_id)) {
      throw new HttpError(422, 'invalid_device_id', 'device_id is the server\'s own or the empty device ID');
    }
  }

  async function claim(agencyId, body) {
    const existing = claims.get(body.device_id);
    if (existing) {
      if (existing.agency_id !== agencyId) {
        throw new HttpError(409, 'device_claimed', 'this device is already claimed by another agency');
      }
      return existing; // idempotent: the very same answer, same claimed_at
    }
    const folderId = folderIdOf(agencyId);
    try {
      // Before answering: the app dials the server right after the 200.
      await syncthing.addDevice({ deviceId: body.device_id, name: body.name, addresses: ['dynamic'] });
      await syncthing.shareFolder(folderId, body.device_id);
    } catch (err) {
      throw new HttpError(502, 'server_unavailable', `server Syncthing refused the device: ${err.message}`);
    }
    const answer = {
      device_id: body.device_id,
      agency_id: agencyId,
      folder: { id: folderId, label: AGENCIES[agencyId] },
      claimed_at: new Date().toISOString(),
    };
    claims.set(body.device_id, answer);
    return answer;
  }

  return async function handle(req, res, pathname) {
    const route = `${req.method} ${pathname}`;
    const known = ['/api/agencies', '/api/devices/server-identity', '/api/devices/claim'];
    if (!known.includes(pathname)) throw new HttpError(404, 'not_found', 'no such API endpoint');
    const token = await authenticate(req);

    switch (route) {
      case 'GET /api/agencies':
        return sendJson(res, 200, agenciesOf(token.sub));
      case 'GET /api/devices/server-identity':
        requireAgency(token);
        return sendJson(res, 200, {
          device_id: syncthing.deviceId,
          name: SERVER_DEVICE_NAME,
          addresses: identityAddresses() ?? [syncthing.address],
        });
      case 'POST /api/devices/claim': {
        const agencyId = requireAgency(token);
        const body = await readJsonObject(req);
        validateClaim(body);
        const run = claimQueue.then(() => claim(agencyId, body));
        claimQueue = run.catch(() => {});
        return sendJson(res, 200, await run);
      }
      default:
        throw new HttpError(405, 'method_not_allowed', `${req.method} not allowed here`);
    }
  };
}
