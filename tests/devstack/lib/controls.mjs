// Test controls under /_control: change token lifetimes, revoke sessions, inject API failures,
// look at the server folder, the claims and per-endpoint call statistics.
import fs from 'node:fs/promises';
import path from 'node:path';
import { AGENCIES, findUser } from './accounts.mjs';
import { HttpError, readJsonObject, sendJson } from './util.mjs';

export const DEFAULT_ACCESS_TOKEN_TTL = 600;
const noFailures = () => ({ count: 0, status: 500, mode: 'status' });

/** The mutable state the other modules read (one object per devstack). */
export function createState() {
  return {
    accessTokenTtl: DEFAULT_ACCESS_TOKEN_TTL,
    failures: noFailures(),
    claims: new Map(),
    stats: emptyStats(),
    updateFeed: noUpdateFeed(),
    identityAddresses: null, // null: the server Syncthing's real address
  };
}

/** What GET /updates/figestio-sync.json serves: nothing (404) until a test sets it. */
const noUpdateFeed = () => ({ mode: 'none', version: null });
const FEED_MODES = ['none', 'ok', 'malformed', 'down'];

function emptyStats() {
  return { calls: {}, status: {}, unauthorized: {} };
}

export function resetStats(state) {
  state.stats = emptyStats();
}

/** Groups paths that carry an ID, so the statistics keys stay a small fixed set. */
export function statsKey(pathname) {
  if (pathname.startsWith('/interaction/')) return '/interaction';
  if (pathname.startsWith('/oidc/auth/')) return '/oidc/auth/:uid';
  return pathname;
}

export function countCall(state, key) {
  state.stats.calls[key] = (state.stats.calls[key] ?? 0) + 1;
}

export function countStatus(state, key, status) {
  const byStatus = (state.stats.status[key] ??= {});
  byStatus[status] = (byStatus[status] ?? 0) + 1;
  if (status === 401) state.stats.unauthorized[key] = (state.stats.unauthorized[key] ?? 0) + 1;
}

/** Takes one injected failure if any is pending: returns 'hang', a status code, or null. */
export function takeFailure(state, pathname) {
  const f = state.failures;
  if (f.count <= 0 || (f.path && f.path !== pathname)) return null;
  f.count -= 1;
  return f.mode === 'hang' ? 'hang' : f.status;
}

const isInt = (v, min, max) => Number.isInteger(v) && v >= min && v <= max;

/** Lists a folder recursively, leaving out Syncthing's own marker, versions and temp files. */
async function listFiles(root) {
  const files = [];
  async function walk(dir) {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.stfolder' || entry.name === '.stversions' || entry.name.startsWith('~syncthing~')
        || entry.name.startsWith('.syncthing.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const { size } = await fs.stat(full);
        files.push({ name: path.relative(root, full).split(path.sep).join('/'), size });
      }
    }
  }
  await walk(root);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * @param {object} o
 * @param {ReturnType<typeof createState>} o.state
 * @param {(user:string)=>number} o.revokeAccount
 * @param {string} o.serverDir
 * @param {import('./syncthing.mjs').Syncthing} o.syncthing
 */
export function createControls({ state, revokeAccount, serverDir, syncthing }) {
  const routes = {
    'POST /access-token-ttl': async (body) => {
      if (!isInt(body.seconds, 1, 7 * 24 * 3600)) throw new HttpError(400, 'invalid_request', '"seconds" must be an integer from 1 to 604800');
      state.accessTokenTtl = body.seconds;
      return { ok: true };
    },
    'POST /revoke': async (body) => {
      if (typeof body.user !== 'string' || !findUser(body.user)) throw new HttpError(400, 'invalid_request', '"user" must be a known user');
      return { ok: true, revoked: revokeAccount(body.user) };
    },
    'POST /fail': async (body) => {
      if (!isInt(body.count, 0, 10000)) throw new HttpError(400, 'invalid_request', '"count" must be an integer from 0 to 10000');
      if (body.mode !== undefined && body.mode !== 'hang' && body.mode !== 'status') throw new HttpError(400, 'invalid_request', '"mode" must be "hang" or "status"');
      const status = body.status ?? 500;
      if (!isInt(status, 400, 599)) throw new HttpError(400, 'invalid_request', '"status" must be an HTTP error status (400-599)');
      if (body.path !== undefined && (typeof body.path !== 'string' || !body.path.startsWith('/api/'))) {
        throw new HttpError(400, 'invalid_request', '"path" must be an /api/ path');
      }
      state.failures = { count: body.count, status, mode: body.mode ?? 'status', path: body.path ?? null };
      return { ok: true };
    },
    'POST /server-identity': async (body) => {
      const a = body.addresses;
      if (a !== null && (!Array.isArray(a) || !a.every((x) => typeof x === 'string' && x.length <= 256))) {
        throw new HttpError(400, 'invalid_request', '"addresses" must be null or a list of strings');
      }
      state.identityAddresses = a;
      return { ok: true };
    },
    'GET /server-folder': async (_body, url) => {
      const agency = url.searchParams.get('agency');
      if (!Object.hasOwn(AGENCIES, agency ?? '')) throw new HttpError(404, 'unknown_agency', 'no such agency');
      const folder = path.join(serverDir, agency);
      return { path: folder, files: await listFiles(folder) };
    },
    'POST /update-feed': async (body) => {
      if (!FEED_MODES.includes(body.mode)) throw new HttpError(400, 'invalid_request', `"mode" must be one of ${FEED_MODES.join(', ')}`);
      if (body.mode === 'ok' && (typeof body.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(body.version))) {
        throw new HttpError(400, 'invalid_request', '"version" must be a dotted version like 1.2.3');
      }
      state.updateFeed = { mode: body.mode, version: body.mode === 'ok' ? body.version : null };
      return { ok: true };
    },
    'GET /claims': async () => [...state.claims.values()],
    'GET /stats': async () => state.stats,
    'POST /reset': async (body) => {
      state.accessTokenTtl = DEFAULT_ACCESS_TOKEN_TTL;
      state.failures = noFailures();
      state.updateFeed = noUpdateFeed();
      state.identityAddresses = null;
      resetStats(state);
      if (body.claims === true) {
        // Forget the devices on the server Syncthing too, so a new claim starts from scratch.
        for (const deviceId of state.claims.keys()) {
          await syncthing.rest('DELETE', `/rest/config/devices/${deviceId}`).catch(() => {});
        }
        state.claims.clear();
      }
      return { ok: true };
    },
  };

  return async function handle(req, res, url) {
    const sub = url.pathname.slice('/_control'.length) || '/';
    const route = routes[`${req.method} ${sub}`];
    if (!route) {
      const exists = Object.keys(routes).some((k) => k.endsWith(` ${sub}`));
      throw exists ? new HttpError(405, 'method_not_allowed', 'wrong method') : new HttpError(404, 'not_found', 'no such control');
    }
    const body = req.method === 'POST' ? await readJsonObject(req) : {};
    sendJson(res, 200, await route(body, url));
  };
}

/**
 * The update feed the app reads once a day (core/common/UpdateCheck.h): {"version","url"} when
 * set to "ok", a body that is not JSON for "malformed", 503 for "down", 404 for "none".
 */
export function serveUpdateFeed(state, issuer, res) {
  const feed = state.updateFeed;
  if (feed.mode === 'ok') return sendJson(res, 200, { version: feed.version, url: `${issuer}/download` });
  if (feed.mode === 'malformed') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end('{"version": 2, "url":');
  }
  if (feed.mode === 'down') throw new HttpError(503, 'unavailable', 'update feed down (devstack control)');
  throw new HttpError(404, 'not_found', 'no update feed set');
}
