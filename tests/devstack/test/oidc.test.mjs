// The identity service: discovery, code + PKCE sign-in through bin/signin, ID token, refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startDevstack } from '../lib/devstack.mjs';
import { startCallbackListener, pkcePair, authorizeUrl, runSignin, exchangeCode, signIn, refreshGrant } from '../lib/testkit.mjs';

let ds;
before(async () => { ds = await startDevstack(); });
after(async () => { await ds?.stop(); });

test('discovery puts every provider endpoint under /oidc/', async () => {
  const res = await fetch(`${ds.issuer}/.well-known/openid-configuration`);
  assert.equal(res.status, 200);
  const d = await res.json();
  assert.equal(d.issuer, ds.issuer);
  assert.ok(!ds.issuer.endsWith('/'));
  assert.match(ds.issuer, /^http:\/\/127\.0\.0\.1:\d+$/);
  for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint', 'end_session_endpoint']) {
    assert.ok(d[key].startsWith(`${ds.issuer}/oidc/`), `${key}: ${d[key]}`);
  }
  assert.equal(d.authorization_endpoint, `${ds.issuer}/oidc/auth`);
  assert.equal(d.token_endpoint, `${ds.issuer}/oidc/token`);
  assert.deepEqual(d.code_challenge_methods_supported, ['S256']);
  assert.equal(d.authorization_response_iss_parameter_supported, true);
  for (const s of ['openid', 'profile', 'email', 'offline_access', 'agency']) assert.ok(d.scopes_supported.includes(s), s);
});

test('discovery names the revocation endpoint (RFC 7009), which revokes a refresh token', async () => {
  const d = await (await fetch(`${ds.issuer}/.well-known/openid-configuration`)).json();
  assert.equal(d.revocation_endpoint, `${ds.issuer}/oidc/token/revocation`);
  const body = await signIn(ds);
  const res = await fetch(d.revocation_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: body.refresh_token, token_type_hint: 'refresh_token', client_id: 'figestio-sync' }),
  });
  assert.equal(res.status, 200);
  const again = await fetch(`${ds.issuer}/auth/refresh`, { method: 'POST', headers: { authorization: `Bearer ${body.refresh_token}` } });
  assert.equal(again.status, 401);
});

// Why the app revokes the old refresh token before a new sign-in's authorization request and
// not after it (finding 9): a browser that kept its provider session gets the SAME grant for the
// second sign-in (oidc-provider's loadExistingGrant), and revoking any refresh or access token
// revokes every token of its grant (RFC 7009 §2.1 allows it; oidc-provider's revoke() does it),
// the new session's with it. Revoked first, the grant is gone and the second sign-in makes a new
// one (after a consent step).
test('a kept browser session reuses the grant: revoke the old refresh token before the next sign-in, not after', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jar-'));
  const jar = path.join(dir, 'cookies.json');
  const revocation = `${ds.issuer}/oidc/token/revocation`;
  const revokeToken = (token) => fetch(revocation, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, token_type_hint: 'refresh_token', client_id: 'figestio-sync' }),
  });
  const works = async (token) => (await refreshGrant(ds.issuer, token)).status === 200;
  try {
    // After: the second sign-in dies with the first one's revocation.
    const first = await signIn(ds, 'alice', { jar });
    const second = await signIn(ds, 'alice', { jar });
    assert.equal((await revokeToken(first.refresh_token)).status, 200);
    assert.equal(await works(second.refresh_token), false, 'same grant: the new session was revoked too');

    // Before: the old token is dead, the new sign-in (same browser session) stands.
    const third = await signIn(ds, 'alice', { jar });
    assert.equal((await revokeToken(third.refresh_token)).status, 200);
    const fourth = await signIn(ds, 'alice', { jar });
    assert.equal(await works(third.refresh_token), false);
    assert.equal(await works(fourth.refresh_token), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/signin follows the app\'s one-time loopback start page to the authorize URL', async () => {
  const listener = await startCallbackListener();
  try {
    const { challenge } = pkcePair();
    const url = authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge, state: 's-start' });
    const run = await runSignin(ds.env.DEVSTACK_SIGNIN, listener.startUrl(url));
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await listener.next()).get('state'), 's-start');
  } finally {
    await listener.close();
  }
});

test('code + PKCE sign-in through bin/signin, token exchange, ID token claims', async () => {
  const listener = await startCallbackListener();
  try {
    const { verifier, challenge } = pkcePair();
    const state = 'state-123';
    const nonce = 'nonce-456';
    const url = authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge, state, nonce });
    const t0 = Date.now();
    const run = await runSignin(ds.env.DEVSTACK_SIGNIN, url);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '200\n'); // only the status: no code, state or token
    assert.ok(Date.now() - t0 < 2000, `signin took ${Date.now() - t0} ms`);

    const params = await listener.next();
    assert.equal(params.get('state'), state);
    assert.equal(params.get('iss'), ds.issuer);
    const code = params.get('code');
    assert.ok(code);
    assert.ok(!run.stdout.includes(code) && !run.stderr.includes(code));

    const { status, body } = await exchangeCode(ds.issuer, { code, redirectUri: listener.redirectUri, verifier });
    assert.equal(status, 200, JSON.stringify(body));
    for (const k of ['access_token', 'refresh_token', 'id_token']) assert.equal(typeof body[k], 'string', k);
    assert.equal(body.expires_in, 600);

    const jwks = createRemoteJWKSet(new URL(`${ds.issuer}/oidc/jwks`));
    const { payload: id } = await jwtVerify(body.id_token, jwks, { issuer: ds.issuer, audience: 'figestio-sync' });
    assert.equal(id.nonce, nonce);
    assert.equal(id.sub, 'alice');
    assert.equal(id.name, 'Alice Puig');
    assert.equal(id.email, 'alice@example.test');
    assert.equal(id.preferred_username, 'alice');

    const { payload: at, protectedHeader } = await jwtVerify(body.access_token, jwks, { issuer: ds.issuer, audience: 'figestio-api' });
    assert.equal(protectedHeader.typ, 'at+jwt');
    assert.equal(at.sub, 'alice');
    assert.equal(at.exp - at.iat, 600);
    assert.match(at.scope, /\bagency\b/);
    assert.equal(at.agency_id, undefined, 'the token endpoint issues unscoped tokens');

    // The code is single-use.
    const again = await exchangeCode(ds.issuer, { code, redirectUri: listener.redirectUri, verifier });
    assert.equal(again.status, 400);
  } finally {
    await listener.close();
  }
});

test('PKCE is required: no challenge → error redirect; wrong or missing verifier → invalid_grant', async () => {
  const listener = await startCallbackListener();
  try {
    // No code_challenge at all: the provider refuses before any login page.
    const res = await fetch(authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri }), { redirect: 'manual' });
    assert.equal(res.status, 303);
    const loc = new URL(res.headers.get('location'));
    assert.equal(loc.origin + loc.pathname, listener.redirectUri);
    assert.equal(loc.searchParams.get('error'), 'invalid_request');
    assert.equal(loc.searchParams.get('code'), null);

    // A challenge, but the exchange without (or with a wrong) verifier.
    const { challenge } = pkcePair();
    const run = await runSignin(ds.env.DEVSTACK_SIGNIN, authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge }));
    assert.equal(run.code, 0, run.stderr);
    const code = (await listener.next()).get('code');
    const missing = await exchangeCode(ds.issuer, { code, redirectUri: listener.redirectUri });
    assert.equal(missing.status, 400);
    const wrong = await exchangeCode(ds.issuer, { code, redirectUri: listener.redirectUri, verifier: pkcePair().verifier });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error, 'invalid_grant');
  } finally {
    await listener.close();
  }
});

test('a wrong password gets the form again and never a code (signin exits 3)', async () => {
  const listener = await startCallbackListener();
  try {
    const url = authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge: pkcePair().challenge });
    const run = await runSignin(ds.env.DEVSTACK_SIGNIN, url, { DEVSTACK_SIGNIN_MODE: 'wrong-password' });
    assert.equal(run.code, 3, run.stderr);
    assert.equal(run.stdout, '');
    // The correct user with a wrong DEVSTACK_PASSWORD fails the same way in approve mode.
    const bad = await runSignin(ds.env.DEVSTACK_SIGNIN, authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge: pkcePair().challenge }), { DEVSTACK_PASSWORD: 'nope' });
    assert.equal(bad.code, 1);
    const unknown = await runSignin(ds.env.DEVSTACK_SIGNIN, authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge: pkcePair().challenge }), { DEVSTACK_USER: 'mallory' });
    assert.equal(unknown.code, 1);
    assert.equal(listener.hits.length, 0);
  } finally {
    await listener.close();
  }
});

test('denying consent redirects with error=access_denied', async () => {
  const listener = await startCallbackListener();
  try {
    const url = authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge: pkcePair().challenge, state: 'deny-state' });
    const run = await runSignin(ds.env.DEVSTACK_SIGNIN, url, { DEVSTACK_SIGNIN_MODE: 'deny' });
    assert.equal(run.stdout, '200\n');
    const params = await listener.next();
    assert.equal(params.get('error'), 'access_denied');
    assert.equal(params.get('state'), 'deny-state');
    assert.equal(params.get('code'), null);
  } finally {
    await listener.close();
  }
});

test('redirect URIs: any loopback port works, localhost or another path does not', async () => {
  for (const redirectUri of ['http://localhost:51789/callback', 'http://127.0.0.1:51789/other']) {
    const res = await fetch(authorizeUrl(ds.issuer, { redirectUri, challenge: pkcePair().challenge }), { redirect: 'manual' });
    assert.equal(res.status, 400, redirectUri); // shown to the user, never redirected
  }
});

test('the fake xdg-open returns at once and signs in in the background', async () => {
  const listener = await startCallbackListener();
  try {
    const xdgOpen = path.join(path.dirname(ds.env.DEVSTACK_SIGNIN), 'xdg-open');
    const url = authorizeUrl(ds.issuer, { redirectUri: listener.redirectUri, challenge: pkcePair().challenge });
    const t0 = Date.now();
    const code = await new Promise((resolve) => spawn(xdgOpen, [url], { stdio: 'ignore' }).on('exit', resolve));
    assert.equal(code, 0);
    assert.ok(Date.now() - t0 < 500);
    const params = await listener.next(5000);
    assert.ok(params.get('code'));
  } finally {
    await listener.close();
  }
});

test('signIn helper works for every user', async () => {
  for (const user of ['alice', 'bob', 'carol', 'dave']) {
    const tokens = await signIn(ds, user);
    assert.ok(tokens.refresh_token, user);
  }
});
