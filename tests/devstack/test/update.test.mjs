// The update feed the app polls once a day, and its control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevstack } from '../lib/devstack.mjs';

let ds;
before(async () => { ds = await startDevstack(); });
after(async () => { await ds?.stop(); });

const feed = () => fetch(ds.env.FIGESTIO_UPDATE_FEED_URL);
const setFeed = (body) => fetch(`${ds.env.DEVSTACK_CONTROL_URL}/update-feed`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});

test('the feed is 404 until a test sets it, then serves what it was told', async () => {
  assert.ok(ds.env.FIGESTIO_UPDATE_FEED_URL.startsWith(`${ds.issuer}/`));
  assert.equal((await feed()).status, 404);

  assert.equal((await setFeed({ mode: 'ok', version: '9.1.0' })).status, 200);
  const ok = await feed();
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { version: '9.1.0', url: `${ds.issuer}/download` });

  assert.equal((await setFeed({ mode: 'malformed' })).status, 200);
  const bad = await feed();
  assert.equal(bad.status, 200);
  await assert.rejects(bad.json());

  assert.equal((await setFeed({ mode: 'down' })).status, 200);
  assert.equal((await feed()).status, 503);

  await fetch(`${ds.env.DEVSTACK_CONTROL_URL}/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal((await feed()).status, 404);
});

test('the control refuses unknown modes and versions that are not dotted numbers', async () => {
  for (const body of [{ mode: 'newer' }, { mode: 'ok' }, { mode: 'ok', version: 'v1.2' }, { mode: 'ok', version: 3 }]) {
    assert.equal((await setFeed(body)).status, 400, JSON.stringify(body));
  }
});
