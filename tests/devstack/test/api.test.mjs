// The Figestió API: token checks, agency scoping, claims, and the test controls around it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevstack } from '../lib/devstack.mjs';
import { signIn, agencySession, call, fakeDeviceId, refresh, decodeJwt } from '../lib/testkit.mjs';
import { waitFor } from '../lib/util.mjs';

let ds;
let api;
let ctl;
before(async () => {
  ds = await startDevstack();
  api = (p) => `${ds.env.FIGESTIO_API_URL}${p}`;
  ctl = (p) => `${ds.env.DEVSTACK_CONTROL_URL}${p}`;
});
after(async () => { await ds?.stop(); });

const claimBody = (deviceId) => ({ device_id: deviceId, name: 'Laptop', platform: 'linux-x86_64', app_version: '1.0.0' });

test('GET /agencies lists the user\'s agencies', async () => {
  const expected = {
    alice: [{ id: 'ag_1', name: 'Gestoria Puig' }],
    bob: [{ id: 'ag_1', name: 'Gestoria Puig' }, { id: 'ag_2', name: 'Assessoria Vidal' }],
    carol: [],
    dave: [{ id: 'ag_2', name: 'Assessoria Vidal' }],
  };
  for (const [user, agencies] of Object.entries(expected)) {
    const tokens = await signIn(ds, user);
    const r = await call(api('/agencies'), { token: tokens.access_token });
    assert.equal(r.status, 200, user);
    assert.deepEqual(r.body, agencies, user);
  }
});

test('missing, malformed, foreign-signed and ID tokens are 401 invalid_token', async () => {
  const tokens = await signIn(ds, 'alice');
  const [h, p] = tokens.access_token.split('.');
  const forged = `${h}.${p}.${Buffer.from('not a signature').toString('base64url')}`;
  for (const token of [undefined, 'garbage', forged, tokens.id_token, tokens.refresh_token]) {
    const r = await call(api('/agencies'), { token });
    assert.equal(r.status, 401, String(token).slice(0, 12));
    assert.equal(r.body.error, 'invalid_token');
    assert.equal(typeof r.body.message, 'string');
  }
});

test('/devices/* need an agency-scoped token (403 agency_required)', async () => {
  const tokens = await signIn(ds, 'alice');
  const identity = await call(api('/devices/server-identity'), { token: tokens.access_token });
  assert.equal(identity.status, 403);
  assert.equal(identity.body.error, 'agency_required');
  const claim = await call(api('/devices/claim'), { method: 'POST', token: tokens.access_token, body: claimBody(fakeDeviceId()) });
  assert.equal(claim.status, 403);
  assert.equal(claim.body.error, 'agency_required');
});

test('GET /devices/server-identity answers the server Syncthing', async () => {
  const s = await agencySession(ds, 'alice', 'ag_1');
  const r = await call(api('/devices/server-identity'), { token: s.access_token });
  assert.equal(r.status, 200);
  assert.equal(r.body.device_id, ds.env.DEVSTACK_SERVER_DEVICE_ID);
  assert.equal(r.body.name, 'Figestió');
  assert.equal(r.body.addresses.length, 1);
  assert.match(r.body.addresses[0], /^tcp:\/\/127\.0\.0\.1:\d+$/);
});

test('the server-identity control replaces the addresses until reset; bad input is 400', async () => {
  const s = await agencySession(ds, 'alice', 'ag_1');
  const identity = async () => (await call(api('/devices/server-identity'), { token: s.access_token })).body;
  const real = (await identity()).addresses;
  assert.equal((await call(ctl('/server-identity'), { method: 'POST', body: { addresses: ['dynamic'] } })).status, 200);
  assert.deepEqual((await identity()).addresses, ['dynamic']);
  assert.equal((await identity()).device_id, ds.env.DEVSTACK_SERVER_DEVICE_ID);
  for (const addresses of ['tcp://x', [1], undefined]) {
    assert.equal((await call(ctl('/server-identity'), { method: 'POST', body: { addresses } })).status, 400);
  }
  await call(ctl('/reset'), { method: 'POST', body: {} });
  assert.deepEqual((await identity()).addresses, real);
});

test('an expired access token is 401 (1-second TTL control)', async () => {
  await call(ctl('/access-token-ttl'), { method: 'POST', body: { seconds: 1 } });
  try {
    const s = await agencySession(ds, 'alice', 'ag_1');
    assert.equal(s.expires_in, 1);
    const at = decodeJwt(s.access_token);
    assert.equal(at.exp - at.iat, 1);
    // Poll until the token is refused rather than sleeping blindly.
    await waitFor(async () => (await call(api('/agencies'), { token: s.access_token })).status === 401,
      { timeoutMs: 5000, intervalMs: 200, what: 'token expiry' });
    const r = await call(api('/agencies'), { token: s.access_token });
    assert.deepEqual(r.body.error, 'invalid_token');
    assert.match(r.body.message, /expired/);
  } finally {
    await call(ctl('/access-token-ttl'), { method: 'POST', body: { seconds: 600 } });
  }
  const bad = await call(ctl('/access-token-ttl'), { method: 'POST', body: { seconds: 'x' } });
  assert.equal(bad.status, 400);
});

test('claim: validated, applied to the server Syncthing, idempotent, 409 for another agency', async () => {
  const alice = await agencySession(ds, 'alice', 'ag_1');
  const dave = await agencySession(ds, 'dave', 'ag_2');
  const deviceId = fakeDeviceId();
  const url = api('/devices/claim');

  // 400: a field missing, empty or not a string; invalid JSON.
  for (const field of ['device_id', 'name', 'platform', 'app_version']) {
    const body = claimBody(deviceId);
    delete body[field];
    assert.equal((await call(url, { method: 'POST', token: alice.access_token, body })).status, 400, field);
    assert.equal((await call(url, { method: 'POST', token: alice.access_token, body: { ...claimBody(deviceId), [field]: 7 } })).status, 400, field);
  }
  assert.equal((await call(url, { method: 'POST', token: alice.access_token, body: '{not json' })).status, 400);
  assert.equal((await call(url, { method: 'POST', token: alice.access_token, body: '[]' })).status, 400);

  // 422: not a Syncthing device ID.
  const lastChar = deviceId.at(-1);
  const wrongCheck = deviceId.slice(0, -1) + (lastChar === 'A' ? 'B' : 'A');
  for (const bad of ['ABC', deviceId.toLowerCase(), deviceId.replaceAll('-', ''), `${deviceId.slice(0, -1)}1`, `${deviceId}-AAAAAAA`, wrongCheck,
    ds.env.DEVSTACK_SERVER_DEVICE_ID, Array(8).fill('AAAAAAA').join('-')]) {
    const r = await call(url, { method: 'POST', token: alice.access_token, body: claimBody(bad) });
    assert.equal(r.status, 422, bad);
    assert.equal(r.body.error, 'invalid_device_id');
  }

  const first = await call(url, { method: 'POST', token: alice.access_token, body: claimBody(deviceId) });
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(first.body.device_id, deviceId);
  assert.equal(first.body.agency_id, 'ag_1');
  assert.deepEqual(first.body.folder, { id: 'figestio-ag_1', label: 'Gestoria Puig' });
  assert.ok(!Number.isNaN(Date.parse(first.body.claimed_at)));

  // Already applied to the server Syncthing when the 200 arrived.
  const device = await ds.syncthing.rest('GET', `/rest/config/devices/${deviceId}`);
  assert.deepEqual(device.addresses, ['dynamic']);
  assert.equal(device.name, 'Laptop');
  const folder = await ds.syncthing.rest('GET', '/rest/config/folders/figestio-ag_1');
  assert.ok(folder.devices.some((d) => d.deviceID === deviceId));

  const again = await call(url, { method: 'POST', token: alice.access_token, body: claimBody(deviceId) });
  assert.equal(again.status, 200);
  assert.deepEqual(again.body, first.body, 'same answer, same claimed_at');

  const conflict = await call(url, { method: 'POST', token: dave.access_token, body: claimBody(deviceId) });
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error, 'device_claimed');
  const other = await ds.syncthing.rest('GET', '/rest/config/folders/figestio-ag_2');
  assert.ok(!other.devices.some((d) => d.deviceID === deviceId), 'ag_2 folder not shared');

  const { body: claims } = await call(ctl('/claims'));
  assert.deepEqual(claims.find((c) => c.device_id === deviceId), first.body);

  // reset {claims:true} forgets the claim (and the device on the server).
  assert.equal((await call(ctl('/reset'), { method: 'POST', body: { claims: true } })).status, 200);
  assert.deepEqual((await call(ctl('/claims'))).body, []);
  const reclaimed = await call(url, { method: 'POST', token: dave.access_token, body: claimBody(deviceId) });
  assert.equal(reclaimed.status, 200);
  assert.equal(reclaimed.body.agency_id, 'ag_2');
  const ag1 = await ds.syncthing.rest('GET', '/rest/config/folders/figestio-ag_1');
  assert.ok(!ag1.devices.some((d) => d.deviceID === deviceId), 'reset removed the device from ag_1');
});

test('fail control: N answers of 500, then normal again', async () => {
  const tokens = await signIn(ds, 'alice');
  await call(ctl('/reset'), { method: 'POST', body: {} });
  assert.equal((await call(ctl('/fail'), { method: 'POST', body: { count: 2, status: 503 } })).status, 200);
  for (let i = 0; i < 2; i += 1) {
    const r = await call(api('/agencies'), { token: tokens.access_token });
    assert.equal(r.status, 503);
    assert.equal(r.body.error, 'injected_failure');
  }
  assert.equal((await call(api('/agencies'), { token: tokens.access_token })).status, 200);
  await call(ctl('/fail'), { method: 'POST', body: { count: 1 } });
  assert.equal((await call(api('/agencies'), { token: tokens.access_token })).status, 500);
  const { body: stats } = await call(ctl('/stats'));
  assert.deepEqual(stats.status['/api/agencies'], { 503: 2, 200: 1, 500: 1 });
  assert.equal(stats.unauthorized['/api/agencies'], undefined, 'no 401 happened');
  assert.equal((await call(ctl('/fail'), { method: 'POST', body: { count: -1 } })).status, 400);
});

test('fail control with a path: only that path fails', async () => {
  const tokens = await signIn(ds, 'alice');
  await call(ctl('/reset'), { method: 'POST', body: {} });
  const body = { count: 1, status: 409, path: '/api/devices/server-identity' };
  assert.equal((await call(ctl('/fail'), { method: 'POST', body })).status, 200);
  assert.equal((await call(api('/agencies'), { token: tokens.access_token })).status, 200);
  const r = await call(api('/agencies'), { token: tokens.access_token });
  assert.equal(r.status, 200, 'another path is not taken by the failure');
  const failed = await call(api('/devices/server-identity'), { token: tokens.access_token });
  assert.equal(failed.status, 409);
  assert.equal(failed.body.error, 'injected_failure');
  const bad = { count: 1, path: '/elsewhere' };
  assert.equal((await call(ctl('/fail'), { method: 'POST', body: bad })).status, 400);
});

test('fail control: hang holds the request until the client gives up', async () => {
  const tokens = await signIn(ds, 'alice');
  await call(ctl('/fail'), { method: 'POST', body: { count: 1, mode: 'hang' } });
  const t0 = Date.now();
  await assert.rejects(call(api('/agencies'), { token: tokens.access_token, timeoutMs: 700 }), { name: 'TimeoutError' });
  assert.ok(Date.now() - t0 >= 650);
  assert.equal((await call(api('/agencies'), { token: tokens.access_token })).status, 200);
});

test('reset brings the TTL back to 600 s', async () => {
  await call(ctl('/access-token-ttl'), { method: 'POST', body: { seconds: 5 } });
  await call(ctl('/reset'), { method: 'POST', body: {} });
  const tokens = await signIn(ds, 'alice');
  assert.equal(tokens.expires_in, 600);
  const r = await refresh(ds.issuer, tokens.refresh_token, 'ag_1');
  assert.equal(r.body.expires_in, 600);
});

test('unknown API paths are 404, wrong methods 405, unknown controls 404', async () => {
  const tokens = await signIn(ds, 'alice');
  assert.equal((await call(api('/nothing'), { token: tokens.access_token })).status, 404);
  assert.equal((await call(api('/agencies'), { method: 'POST', token: tokens.access_token, body: {} })).status, 405);
  assert.equal((await call(ctl('/nothing'))).status, 404);
  assert.equal((await call(ctl('/stats'), { method: 'POST', body: {} })).status, 405);
  assert.equal((await call(ctl('/server-folder?agency=ag_9'))).status, 404);
});
