// A file really travels: a second Syncthing plays the app's sidecar, gets claimed through the
// API, dials the server at the address from server-identity, and files go both ways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startDevstack } from '../lib/devstack.mjs';
import { Syncthing } from '../lib/syncthing.mjs';
import { agencySession, call } from '../lib/testkit.mjs';
import { waitFor } from '../lib/util.mjs';

let ds;
let client;
before(async () => {
  ds = await startDevstack();
  client = new Syncthing({
    home: path.join(ds.stateDir, 'client-home'),
    logFile: path.join(ds.stateDir, 'client.log'),
    name: 'test client',
  });
  await client.start();
});
after(async () => {
  await client?.stop();
  await ds?.stop();
});

test('claim, pair, and a file each way between two real Syncthings', async () => {
  const session = await agencySession(ds, 'alice', 'ag_1');
  const api = ds.env.FIGESTIO_API_URL;
  const identity = await call(`${api}/devices/server-identity`, { token: session.access_token });
  assert.equal(identity.status, 200);

  // The app's order: claim first, then add the server as a peer (see STACK.md: the other order
  // waits for Syncthing's 60 s redial).
  const claim = await call(`${api}/devices/claim`, {
    method: 'POST',
    token: session.access_token,
    body: { device_id: client.deviceId, name: 'test client', platform: 'linux-x86_64', app_version: '0.0.0-test' },
  });
  assert.equal(claim.status, 200, JSON.stringify(claim.body));
  await client.addDevice({ deviceId: identity.body.device_id, name: identity.body.name, addresses: identity.body.addresses });
  const clientDir = path.join(ds.stateDir, 'client-folder');
  await client.addFolder({ id: claim.body.folder.id, label: claim.body.folder.label, path: clientDir, devices: [identity.body.device_id] });

  await waitFor(async () => {
    const c = await client.rest('GET', '/rest/system/connections');
    return c.connections[identity.body.device_id]?.connected;
  }, { timeoutMs: 15000, what: 'client connected to the server' });

  const ctl = ds.env.DEVSTACK_CONTROL_URL;
  const serverFiles = async () => (await call(`${ctl}/server-folder?agency=ag_1`)).body;

  // client → server
  await fs.mkdir(path.join(clientDir, 'factures'), { recursive: true });
  await fs.writeFile(path.join(clientDir, 'factures', 'gener.txt'), 'factura 1\n');
  const listing = await waitFor(async () => {
    const l = await serverFiles();
    return l.files.some((f) => f.name === 'factures/gener.txt') && l;
  }, { timeoutMs: 30000, intervalMs: 200, what: 'the file on the server' });
  assert.equal(listing.path, path.join(ds.env.DEVSTACK_SERVER_DIR, 'ag_1'));
  assert.deepEqual(listing.files.find((f) => f.name === 'factures/gener.txt'), { name: 'factures/gener.txt', size: 10 });
  assert.ok(!listing.files.some((f) => f.name.startsWith('.st')), 'no Syncthing markers listed');
  assert.equal(await fs.readFile(path.join(ds.env.DEVSTACK_SERVER_DIR, 'ag_1', 'factures', 'gener.txt'), 'utf8'), 'factura 1\n');

  // server → client
  await fs.writeFile(path.join(ds.env.DEVSTACK_SERVER_DIR, 'ag_1', 'resposta.txt'), 'rebut\n');
  await waitFor(async () => (await fs.readFile(path.join(clientDir, 'resposta.txt'), 'utf8').catch(() => '')) === 'rebut\n',
    { timeoutMs: 30000, intervalMs: 200, what: 'the file on the client' });

  // ag_2's folder is untouched.
  assert.deepEqual((await call(`${ctl}/server-folder?agency=ag_2`)).body.files, []);
});
