// The devstack command itself: env file + stdout, SIGTERM, --parent-pid, cleanup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../lib/util.mjs';

const DEVSTACK = fileURLToPath(new URL('../devstack.mjs', import.meta.url));

function parseEnv(text) {
  return Object.fromEntries(text.trim().split('\n').map((line) => {
    const i = line.indexOf('=');
    return [line.slice(0, i), line.slice(i + 1)];
  }));
}

/** Command lines of live processes mentioning `needle` (to prove Syncthing is gone). */
async function processesWith(needle) {
  const found = [];
  for (const pid of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmd = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(needle)) found.push(cmd.replaceAll('\0', ' '));
  }
  return found;
}

async function launch(args) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-cli-'));
  const envFile = path.join(tmp, 'devstack.env');
  const t0 = Date.now();
  // `node --`: Node 20 itself reads a later `--env-file` as its own option (README).
  const child = spawn(process.execPath, ['--', DEVSTACK, '--env-file', envFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const text = await waitFor(() => fs.readFile(envFile, 'utf8').catch(() => null), { timeoutMs: 15000, intervalMs: 50, what: `env file (${stderr})` });
  const startupMs = Date.now() - t0;
  await waitFor(() => stdout.endsWith('\n') && stdout.includes('DEVSTACK_PID='), { timeoutMs: 2000, what: 'stdout' });
  return { child, tmp, envFile, env: parseEnv(text), text, stdout: () => stdout, stderr: () => stderr, exited, startupMs };
}

test('writes the env file and stdout when ready; SIGTERM stops Syncthing and cleans up', async () => {
  const run = await launch([]);
  try {
    const { env } = run;
    assert.ok(run.startupMs < 5000, `startup took ${run.startupMs} ms`);
    assert.equal(run.stdout(), run.text, 'stdout carries exactly the env lines');
    for (const line of run.text.trim().split('\n')) assert.match(line, /^[A-Z_]+=[^\s'"]+$/);
    assert.equal(Number(env.DEVSTACK_PID), run.child.pid);
    assert.match(env.FIGESTIO_OIDC_ISSUER_URL, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(env.FIGESTIO_API_URL, `${env.FIGESTIO_OIDC_ISSUER_URL}/api`);
    assert.equal(env.DEVSTACK_CONTROL_URL, `${env.FIGESTIO_OIDC_ISSUER_URL}/_control`);
    assert.ok(path.isAbsolute(env.DEVSTACK_SIGNIN));
    await fs.access(env.DEVSTACK_SIGNIN, fs.constants.X_OK);
    await fs.access(path.join(env.DEVSTACK_SERVER_DIR, 'ag_1'));
    await fs.access(path.join(env.DEVSTACK_SERVER_DIR, 'ag_2'));
    assert.match(env.DEVSTACK_SYNCTHING_URL, /^http:\/\/127\.0\.0\.1:\d+$/);

    const rest = async (p) => (await fetch(`${env.DEVSTACK_SYNCTHING_URL}${p}`, { headers: { 'X-API-Key': env.DEVSTACK_SYNCTHING_API_KEY } })).json();
    assert.deepEqual(await rest('/rest/system/ping'), { ping: 'pong' });
    const status = await rest('/rest/system/status');
    assert.equal(status.myID, env.DEVSTACK_SERVER_DEVICE_ID);
    const config = await rest('/rest/config');
    assert.equal(config.options.globalAnnounceEnabled, false);
    assert.equal(config.options.localAnnounceEnabled, false);
    assert.equal(config.options.relaysEnabled, false);
    assert.equal(config.options.natEnabled, false);
    assert.equal(config.options.urAccepted, -1);
    assert.equal(config.options.crashReportingEnabled, false);
    assert.equal(config.options.autoUpgradeIntervalH, 0);
    assert.equal(config.options.startBrowser, false);
    assert.deepEqual(config.options.listenAddresses.map((a) => a.replace(/\d+$/, 'P')), ['tcp://127.0.0.1:P']);
    const folders = Object.fromEntries(config.folders.map((f) => [f.id, f]));
    assert.equal(folders['figestio-ag_1'].label, 'Gestoria Puig');
    assert.equal(folders['figestio-ag_2'].label, 'Assessoria Vidal');
    assert.equal(folders['figestio-ag_1'].path, path.join(env.DEVSTACK_SERVER_DIR, 'ag_1'));
    assert.equal(folders['figestio-ag_1'].type, 'sendreceive');
    assert.equal(folders['figestio-ag_1'].fsWatcherEnabled, true);
    assert.equal(folders['figestio-ag_1'].fsWatcherDelayS, 1);

    const stateDir = env.DEVSTACK_STATE_DIR;
    assert.ok((await processesWith(stateDir)).length >= 2, 'Syncthing runs as monitor + child');
    run.child.kill('SIGTERM');
    assert.deepEqual(await run.exited, { code: 0, signal: null });
    assert.deepEqual(await processesWith(stateDir), [], 'no Syncthing left behind');
    await assert.rejects(fs.access(stateDir), 'temp state dir removed');
    await assert.rejects(fetch(`${env.FIGESTIO_OIDC_ISSUER_URL}/.well-known/openid-configuration`));
  } finally {
    run.child.kill('SIGKILL');
    await fs.rm(run.tmp, { recursive: true, force: true });
  }
});

test('--parent-pid: stops when the parent is gone; --state-dir is kept', async () => {
  const parent = spawn('sleep', ['60'], { stdio: 'ignore' });
  const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-state-'));
  const run = await launch(['--parent-pid', String(parent.pid), '--state-dir', stateDir]);
  try {
    assert.equal(run.env.DEVSTACK_STATE_DIR, stateDir);
    parent.kill('SIGKILL');
    const t0 = Date.now();
    assert.deepEqual(await run.exited, { code: 0, signal: null });
    assert.ok(Date.now() - t0 < 8000);
    assert.deepEqual(await processesWith(stateDir), []);
    await fs.access(path.join(stateDir, 'syncthing-server.log'));
  } finally {
    run.child.kill('SIGKILL');
    parent.kill('SIGKILL');
    await fs.rm(run.tmp, { recursive: true, force: true });
    await fs.rm(stateDir, { recursive: true, force: true });
  }
});

test('bad arguments exit 2 with a usage line', async () => {
  for (const args of [[], ['--env-file', '/tmp/x', '--port', 'abc'], ['--env-file', '/tmp/x', '--bogus']]) {
    const child = spawn(process.execPath, ['--', DEVSTACK, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /usage:/);
  }
});
