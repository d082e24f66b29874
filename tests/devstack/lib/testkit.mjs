// Helpers for the devstack's own tests (kept out of test/, where every file is a test file):
// a loopback "app" that receives the OIDC callback, PKCE, headless sign-in and small HTTP calls.
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { CLIENT_ID, SCOPES } from './provider.mjs';
import { LOOPBACK } from './util.mjs';

/** Stands in for the app's redirect listener: any free port (never 51789, the app's). */
export async function startCallbackListener() {
  const hits = [];
  let notify = () => {};
  const starts = new Map(); // /start/<id> -> authorize URL, like the app's one-time start page
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${LOOPBACK}`);
    if (starts.has(url.pathname)) {
      res.writeHead(302, { location: starts.get(url.pathname), 'cache-control': 'no-store' }).end();
      starts.delete(url.pathname);
      return;
    }
    if (url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    hits.push(url.searchParams);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('You can close this tab');
    notify();
  });
  await new Promise((resolve) => server.listen(0, LOOPBACK, resolve));
  const { port } = server.address();
  return {
    redirectUri: `http://${LOOPBACK}:${port}/callback`,
    hits,
    /** A one-time loopback URL that redirects to `authorizeUrl` (what the app opens). */
    startUrl(authorizeUrl) {
      const path = `/start/${randomBytes(32).toString('base64url')}`;
      starts.set(path, authorizeUrl);
      return `http://${LOOPBACK}:${port}${path}`;
    },
    /** Resolves with the first callback's parameters (or rejects after timeoutMs). */
    next(timeoutMs = 10000) {
      if (hits.length) return Promise.resolve(hits[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no callback')), timeoutMs);
        notify = () => { clearTimeout(timer); resolve(hits[0]); };
      });
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function authorizeUrl(issuer, { redirectUri, challenge, state = randomBytes(16).toString('base64url'), nonce = randomBytes(16).toString('base64url'), extra = {} }) {
  const url = new URL(`${issuer}/oidc/auth`);
  const params = {
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: SCOPES,
    redirect_uri: redirectUri,
    state,
    nonce,
    ...(challenge ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
    ...extra,
  };
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.href;
}

/** Runs bin/signin; resolves {code, stdout, stderr} (code = exit status). */
export function runSignin(signinPath, url, env = {}) {
  return new Promise((resolve) => {
    execFile(signinPath, [url], { env: { ...process.env, ...env }, timeout: 20000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function postForm(url, form) {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(form), signal: AbortSignal.timeout(10000) });
  return { status: res.status, body: await res.json() };
}

/** The token endpoint's authorization_code grant (no verifier: none sent); resolves {status, body}. */
export function exchangeCode(issuer, { code, redirectUri, verifier }) {
  return postForm(`${issuer}/oidc/token`, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: CLIENT_ID,
    ...(verifier !== undefined ? { code_verifier: verifier } : {}),
  });
}

/** The token endpoint's refresh_token grant; resolves {status, body}. */
export function refreshGrant(issuer, refreshToken) {
  return postForm(`${issuer}/oidc/token`, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID });
}

/**
 * Full code + PKCE sign-in of `user`; returns the token endpoint's answer plus the nonce used.
 * `jar`: a cookie file kept between sign-ins (a browser that keeps its session).
 */
export async function signIn(devstack, user = 'alice', { jar } = {}) {
  const { issuer, env } = devstack;
  const listener = await startCallbackListener();
  try {
    const { verifier, challenge } = pkcePair();
    const nonce = randomBytes(16).toString('base64url');
    const url = authorizeUrl(issuer, { redirectUri: listener.redirectUri, challenge, nonce });
    const run = await runSignin(env.DEVSTACK_SIGNIN, url, { DEVSTACK_USER: user, ...(jar ? { DEVSTACK_COOKIE_JAR: jar } : {}) });
    if (run.code !== 0) throw new Error(`signin failed (${run.code}): ${run.stderr}`);
    const params = await listener.next();
    const { status, body } = await exchangeCode(issuer, { code: params.get('code'), redirectUri: listener.redirectUri, verifier });
    if (status !== 200) throw new Error(`token endpoint: ${status} ${body.error}`);
    return { ...body, nonce };
  } finally {
    await listener.close();
  }
}

/** POST /auth/refresh; resolves {status, body}. */
export async function refresh(issuer, refreshToken, agencyId) {
  const url = new URL(`${issuer}/auth/refresh`);
  if (agencyId !== undefined) url.searchParams.set('agency_id', agencyId);
  const res = await fetch(url, {
    method: 'POST',
    headers: refreshToken === undefined ? {} : { authorization: `Bearer ${refreshToken}` },
    signal: AbortSignal.timeout(10000),
  });
  return { status: res.status, body: await res.json() };
}

/** Signs in and upgrades to an agency-scoped session, like the app does. */
export async function agencySession(devstack, user, agencyId) {
  const tokens = await signIn(devstack, user);
  const { status, body } = await refresh(devstack.issuer, tokens.refresh_token, agencyId);
  if (status !== 200) throw new Error(`refresh: ${status} ${body.error}`);
  return body;
}

/** One API or control call with a JSON body; resolves {status, body}. */
export async function call(url, { method = 'GET', token, body, timeoutMs = 10000 } = {}) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed;
  try { parsed = JSON.parse(text); } catch { parsed = text; }
  return { status: res.status, body: parsed };
}

export const decodeJwt = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

/** A random Syncthing device ID with valid check characters (for claims without a device). */
export { makeDeviceId as fakeDeviceId } from './deviceid.mjs';
