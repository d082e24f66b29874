// POST /auth/refresh: rotation, agency scoping, revocation, refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevstack } from '../lib/devstack.mjs';
import { signIn, refresh, call, decodeJwt, refreshGrant } from '../lib/testkit.mjs';

let ds;
before(async () => { ds = await startDevstack(); });
after(async () => { await ds?.stop(); });

test('rotates: new tokens, and the old refresh token is 401 from then on', async () => {
  const tokens = await signIn(ds, 'alice');
  const first = await refresh(ds.issuer, tokens.refresh_token);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.deepEqual(Object.keys(first.body).filter((k) => ['access_token', 'refresh_token', 'expires_in'].includes(k)).sort(),
    ['access_token', 'expires_in', 'refresh_token']);
  assert.notEqual(first.body.refresh_token, tokens.refresh_token);
  assert.equal(first.body.expires_in, 600);
  assert.equal(decodeJwt(first.body.access_token).agency_id, undefined, 'no agency_id → unscoped');

  const reused = await refresh(ds.issuer, tokens.refresh_token);
  assert.equal(reused.status, 401);
  assert.equal(reused.body.error, 'invalid_token');
  assert.equal(typeof reused.body.message, 'string');
});

test('with agency_id the access token carries it; every later refresh can scope again', async () => {
  const tokens = await signIn(ds, 'bob');
  const one = await refresh(ds.issuer, tokens.refresh_token, 'ag_1');
  assert.equal(one.status, 200);
  const at = decodeJwt(one.body.access_token);
  assert.equal(at.agency_id, 'ag_1');
  assert.equal(at.aud, 'figestio-api');
  assert.equal(at.iss, ds.issuer);
  assert.equal(at.sub, 'bob');
  for (const k of ['exp', 'iat', 'scope']) assert.ok(at[k], k);

  const two = await refresh(ds.issuer, one.body.refresh_token, 'ag_2');
  assert.equal(two.status, 200);
  assert.equal(decodeJwt(two.body.access_token).agency_id, 'ag_2');
  const agencies = await call(`${ds.env.FIGESTIO_API_URL}/agencies`, { token: two.body.access_token });
  assert.equal(agencies.status, 200);
});

test('a foreign agency is 403 forbidden_agency and does not consume the refresh token', async () => {
  const tokens = await signIn(ds, 'alice');
  for (const agency of ['ag_2', 'ag_999', '']) {
    const denied = await refresh(ds.issuer, tokens.refresh_token, agency);
    assert.equal(denied.status, 403, agency);
    assert.equal(denied.body.error, 'forbidden_agency');
  }
  const ok = await refresh(ds.issuer, tokens.refresh_token, 'ag_1');
  assert.equal(ok.status, 200, 'the token survived the 403s');
});

test('missing, malformed, unknown tokens and access tokens are 401 invalid_token', async () => {
  const tokens = await signIn(ds, 'alice');
  for (const bearer of [undefined, 'garbage', tokens.access_token, tokens.id_token]) {
    const r = await refresh(ds.issuer, bearer, 'ag_1');
    assert.equal(r.status, 401, String(bearer).slice(0, 10));
    assert.equal(r.body.error, 'invalid_token');
  }
  const wrongMethod = await call(`${ds.issuer}/auth/refresh`, { token: tokens.refresh_token });
  assert.equal(wrongMethod.status, 405);
});

test('refresh tokens from the token endpoint and from /auth/refresh work on both', async () => {
  const tokens = await signIn(ds, 'alice');
  const viaToken = await refreshGrant(ds.issuer, tokens.refresh_token);
  assert.equal(viaToken.status, 200);
  const viaRefresh = await refresh(ds.issuer, viaToken.body.refresh_token, 'ag_1');
  assert.equal(viaRefresh.status, 200);
  const back = await refreshGrant(ds.issuer, viaRefresh.body.refresh_token);
  assert.equal(back.status, 200);
});

test('the agency header cannot be smuggled in from outside', async () => {
  const tokens = await signIn(ds, 'alice');
  const res = await fetch(`${ds.issuer}/oidc/token`, {
    method: 'POST',
    headers: { 'x-devstack-agency': 'ag_2', 'x-devstack-internal': 'guess' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: 'figestio-sync' }),
  });
  assert.equal(res.status, 200);
  assert.equal(decodeJwt((await res.json()).access_token).agency_id, undefined);
});

test('control /revoke: all of a user\'s refresh tokens become invalid, others untouched', async () => {
  const a1 = await signIn(ds, 'alice');
  const a2 = await signIn(ds, 'alice');
  const b = await signIn(ds, 'bob');
  const r = await call(`${ds.env.DEVSTACK_CONTROL_URL}/revoke`, { method: 'POST', body: { user: 'alice' } });
  assert.equal(r.status, 200);
  assert.equal(r.body.ok, true);
  assert.equal((await refresh(ds.issuer, a1.refresh_token, 'ag_1')).status, 401);
  assert.equal((await refresh(ds.issuer, a2.refresh_token)).status, 401);
  assert.equal((await refresh(ds.issuer, b.refresh_token, 'ag_2')).status, 200);
  const bad = await call(`${ds.env.DEVSTACK_CONTROL_URL}/revoke`, { method: 'POST', body: { user: 'nobody' } });
  assert.equal(bad.status, 400);
});

test('control /stats counts /auth/refresh and /oidc/token calls and their 401s', async () => {
  await call(`${ds.env.DEVSTACK_CONTROL_URL}/reset`, { method: 'POST', body: {} });
  const tokens = await signIn(ds, 'alice');
  await refresh(ds.issuer, tokens.refresh_token, 'ag_1');
  await refresh(ds.issuer, tokens.refresh_token, 'ag_1'); // reuse → 401
  const { body: stats } = await call(`${ds.env.DEVSTACK_CONTROL_URL}/stats`);
  assert.equal(stats.calls['/auth/refresh'], 2);
  assert.equal(stats.calls['/oidc/token'], 1, 'the internal call behind /auth/refresh is not counted');
  assert.equal(stats.unauthorized['/auth/refresh'], 1);
  assert.equal(stats.status['/auth/refresh']['200'], 1);
  assert.equal(stats.unauthorized['/oidc/token'], undefined);
});
