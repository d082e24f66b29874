// startDevstack(): the whole local backend in one call — OpenID Provider, /auth/refresh, the API,
// the test controls (all on one loopback HTTP port) and a server Syncthing with one folder per
// agency. Used by devstack.mjs (the command) and directly by the tests.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { AGENCIES } from './accounts.mjs';
import { createStore } from './adapter.mjs';
import { createApi, folderIdOf, SERVER_DEVICE_NAME } from './api.mjs';
import { createControls, createState, countCall, countStatus, resetStats, serveUpdateFeed, statsKey, takeFailure } from './controls.mjs';
import { createInteractions } from './interactions.mjs';
import { createProvider, AGENCY_HEADER } from './provider.mjs';
import { createRefreshHandler, INTERNAL_HEADER } from './refresh.mjs';
import { Syncthing } from './syncthing.mjs';
import { HttpError, LOOPBACK, sendError, writeFileAtomic } from './util.mjs';

const UPDATE_FEED_PATH = '/updates/figestio-sync.json';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SIGNIN_PATH = path.resolve(here, '..', 'bin', 'signin');

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

const sameSecret = (a, b) => typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** KEY=value lines as written to the env file and stdout. */
export function formatEnv(env) {
  return Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join('');
}

/**
 * @param {object} [o]
 * @param {number} [o.port=0]      HTTP port (0: a free one)
 * @param {string} [o.stateDir]    kept on stop when given; default: a fresh temp dir, removed on stop
 * @param {string} [o.envFile]     written atomically once everything answers
 * @param {(msg:string)=>void} [o.log]
 */
export async function startDevstack({ port = 0, stateDir, envFile, log = () => {} } = {}) {
  const ownsStateDir = !stateDir;
  if (ownsStateDir) stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'figestio-devstack-'));
  else await fs.mkdir(stateDir, { recursive: true });
  stateDir = path.resolve(stateDir);
  const serverDir = path.join(stateDir, 'server');

  const state = createState();
  const syncthing = new Syncthing({
    home: path.join(stateDir, 'syncthing-server'),
    logFile: path.join(stateDir, 'syncthing-server.log'),
    name: SERVER_DEVICE_NAME,
  });
  let handler = (_req, res) => sendError(res, 503, 'starting', 'devstack is starting');
  const server = http.createServer((req, res) => handler(req, res));
  // A request hung by the fail control is held until the client gives up, not cut by Node's
  // default 300 s request timeout; stop() ends any that are left with closeAllConnections().
  server.headersTimeout = 10000;
  server.requestTimeout = 0;

  let stopping;
  async function stop() {
    stopping ??= (async () => {
      server.close();
      server.closeAllConnections();
      await syncthing.stop().catch((err) => log(`syncthing stop: ${err.message}`));
      if (ownsStateDir) await fs.rm(stateDir, { recursive: true, force: true }).catch(() => {});
    })();
    return stopping;
  }

  try {
    // Syncthing takes ~1.5 s to answer: start it first and build the rest meanwhile.
    const syncthingReady = syncthing.start().then(async () => {
      for (const [agencyId, name] of Object.entries(AGENCIES)) {
        await syncthing.addFolder({ id: folderIdOf(agencyId), label: name, path: path.join(serverDir, agencyId) });
      }
    });
    syncthingReady.catch(() => {}); // awaited below; avoid an unhandled rejection meanwhile

    const httpPort = await listen(server, port);
    const issuer = `http://${LOOPBACK}:${httpPort}`;
    const internalSecret = randomBytes(32).toString('base64url');
    const store = createStore();
    const provider = createProvider({ issuer, state, adapter: store.MemoryAdapter });
    provider.on('server_error', (_ctx, err) => log(`provider error: ${err.message}`));
    const providerCallback = provider.callback();
    const interactions = createInteractions(provider);
    const refresh = createRefreshHandler({ provider, issuer, internalSecret });
    const api = createApi({
      issuer, syncthing, claims: state.claims, identityAddresses: () => state.identityAddresses,
    });
    const controls = createControls({ state, revokeAccount: store.revokeAccount, serverDir, syncthing });

    handler = async (req, res) => {
      try {
        const url = new URL(req.url, issuer);
        const p = url.pathname;
        // Only /auth/refresh's own call to the token endpoint may name an agency.
        const internal = sameSecret(req.headers[INTERNAL_HEADER], internalSecret);
        delete req.headers[INTERNAL_HEADER];
        if (!internal) delete req.headers[AGENCY_HEADER];

        if (p === '/_control' || p.startsWith('/_control/')) return await controls(req, res, url);

        if (!internal) {
          const key = statsKey(p);
          countCall(state, key);
          res.once('finish', () => countStatus(state, key, res.statusCode));
        }
        if (p === '/api' || p.startsWith('/api/')) {
          const failure = takeFailure(state, p);
          if (failure === 'hang') return undefined; // never answer; closed when the client gives up
          if (failure) return sendError(res, failure, 'injected_failure', 'failure injected by the devstack fail control');
          return await api(req, res, p);
        }
        if (p === '/auth/refresh') return await refresh(req, res, url);
        if (p === UPDATE_FEED_PATH && req.method === 'GET') return serveUpdateFeed(state, issuer, res);
        if (p.startsWith('/interaction/')) return await interactions(req, res, p);
        return await providerCallback(req, res);
      } catch (err) {
        if (res.headersSent) return res.destroy();
        if (err instanceof HttpError) return sendError(res, err.status, err.code, err.message);
        log(`internal error: ${err.stack ?? err}`);
        return sendError(res, 500, 'internal_error', 'devstack internal error');
      }
    };

    await syncthingReady;
    // Ready means answering: prove the provider serves discovery before announcing anything.
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    if (!discovery.ok) throw new Error(`discovery answered ${discovery.status}`);
    resetStats(state); // the readiness probe is not the tests' business

    const env = {
      FIGESTIO_OIDC_ISSUER_URL: issuer,
      FIGESTIO_API_URL: `${issuer}/api`,
      DEVSTACK_CONTROL_URL: `${issuer}/_control`,
      FIGESTIO_UPDATE_FEED_URL: `${issuer}${UPDATE_FEED_PATH}`,
      DEVSTACK_SIGNIN: SIGNIN_PATH,
      DEVSTACK_SERVER_DIR: serverDir,
      DEVSTACK_SERVER_DEVICE_ID: syncthing.deviceId,
      DEVSTACK_SYNCTHING_URL: syncthing.url,
      DEVSTACK_SYNCTHING_API_KEY: syncthing.apiKey,
      DEVSTACK_PID: String(process.pid),
      DEVSTACK_STATE_DIR: stateDir,
    };
    if (envFile) await writeFileAtomic(path.resolve(envFile), formatEnv(env));
    return { env, issuer, state, stateDir, syncthing, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
