// A hardened, loopback-only Syncthing 1.19 instance driven through its REST API.
// Used for the server side of the devstack and, by the tests, as a stand-in client.
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOOPBACK, freePort, waitFor, isAlive } from './util.mjs';

const execFileP = promisify(execFile);

/**
 * Rewrites option elements of a freshly generated config.xml. Done before the first start so
 * the instance never binds 0.0.0.0:22000 (parallel devstacks would collide) and never tries
 * discovery, relays, NAT or reporting, even for a moment.
 */
function harden(xml, { listenPort, apiKey }) {
  const set = (tag, value) => {
    const re = new RegExp(`<${tag}>[^<]*</${tag}>`, 'g');
    if (!re.test(xml)) throw new Error(`config.xml has no <${tag}>`);
    xml = xml.replace(re, `<${tag}>${value}</${tag}>`);
  };
  set('listenAddress', `tcp://${LOOPBACK}:${listenPort}`);
  set('globalAnnounceEnabled', 'false');
  set('localAnnounceEnabled', 'false');
  set('relaysEnabled', 'false');
  set('natEnabled', 'false');
  set('startBrowser', 'false');
  set('urAccepted', '-1');
  set('autoUpgradeIntervalH', '0');
  set('crashReportingEnabled', 'false');
  set('apikey', apiKey);
  // New folders (defaults) watch the file system with a short delay so changes leave at once.
  xml = xml.replace(/fsWatcherDelayS="\d+"/, 'fsWatcherDelayS="1"');
  return xml;
}

export class Syncthing {
  /**
   * @param {object} o
   * @param {string} o.home   Syncthing home (created)
   * @param {string} o.logFile where stdout/stderr of Syncthing go
   * @param {string} [o.name] device name
   */
  constructor({ home, logFile, name = 'syncthing' }) {
    this.home = home;
    this.logFile = logFile;
    this.name = name;
    this.apiKey = randomBytes(24).toString('base64url');
    this.proc = null;
  }

  get url() {
    return `http://${LOOPBACK}:${this.guiPort}`;
  }

  get address() {
    return `tcp://${LOOPBACK}:${this.listenPort}`;
  }

  /**
   * Generates a fresh home and starts Syncthing on free loopback ports. Ports are probed with a
   * bind to port 0 and handed over, so another process can grab one in between: then this tries
   * again with new ports (and a new home, so nothing of the failed try remains).
   */
  async start({ attempts = 3 } = {}) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.startOnce();
      } catch (err) {
        await this.stop().catch(() => {});
        if (attempt >= attempts) throw err;
      }
    }
  }

  async startOnce() {
    // Always a new identity and config: claims live in memory, so a kept home (--state-dir
    // reused) would otherwise still know devices nobody has claimed in this run.
    await fs.rm(this.home, { recursive: true, force: true });
    await fs.mkdir(this.home, { recursive: true });
    await execFileP('syncthing', ['generate', `--home=${this.home}`, '--no-default-folder', '--skip-port-probing']);
    const cfgPath = path.join(this.home, 'config.xml');
    const xml = await fs.readFile(cfgPath, 'utf8');
    this.deviceId = /<device id="([A-Z2-7-]+)"/.exec(xml)[1];
    [this.listenPort, this.guiPort] = await Promise.all([freePort(), freePort()]);
    await fs.writeFile(cfgPath, harden(xml, this), { mode: 0o600 });

    const log = openSync(this.logFile, 'a');
    // detached → own process group: Syncthing is a monitor plus a child, and killing only the
    // monitor would orphan the child (STACK.md). The API key goes by environment, never argv.
    this.proc = spawn('syncthing', ['serve', `--home=${this.home}`, '--no-browser', '--no-default-folder', '--no-restart'], {
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        STNOUPGRADE: '1',
        STGUIADDRESS: `${LOOPBACK}:${this.guiPort}`,
        STGUIAPIKEY: this.apiKey,
        STNODEFAULTFOLDER: '1',
      },
    });
    closeSync(log);
    const proc = this.proc;
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    proc.once('exit', () => { if (this.proc === proc) this.proc = null; });

    await waitFor(async () => {
      if (!this.proc) throw new Error(`syncthing exited during startup; see ${this.logFile}`);
      const r = await this.rest('GET', '/rest/system/ping', undefined, { timeoutMs: 1000 });
      return r.ping === 'pong';
    }, { timeoutMs: 15000, intervalMs: 50, what: 'syncthing REST' });
    // Ready also means the sync port is really ours (a busy one is only a status entry).
    const status = await waitFor(async () => {
      const st = await this.rest('GET', '/rest/system/status');
      const listener = st.connectionServiceStatus?.[this.address];
      if (listener?.error) throw new Error(`syncthing cannot listen on ${this.address}: ${listener.error}`);
      return listener ? st : null;
    }, { timeoutMs: 5000, intervalMs: 50, what: 'syncthing listener' });
    if (status.myID !== this.deviceId) throw new Error('syncthing device ID mismatch');
    // Name ourselves (generate uses the host name).
    await this.rest('PATCH', `/rest/config/devices/${this.deviceId}`, { name: this.name });
    return this;
  }

  /** One REST call; throws with the status and text body on non-2xx. */
  async rest(method, p, body, { timeoutMs = 10000 } = {}) {
    const res = await fetch(this.url + p, {
      method,
      headers: { 'X-API-Key': this.apiKey, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`syncthing ${method} ${p}: ${res.status} ${text.trim()}`);
    return text ? JSON.parse(text) : {};
  }

  /** Adds (or replaces) a sendreceive folder watched with a 1 s delay. */
  async addFolder({ id, label, path: folderPath, devices = [] }) {
    await fs.mkdir(folderPath, { recursive: true });
    await this.rest('POST', '/rest/config/folders', {
      id,
      label,
      path: folderPath,
      type: 'sendreceive',
      fsWatcherEnabled: true,
      fsWatcherDelayS: 1,
      devices: [{ deviceID: this.deviceId }, ...devices.map((d) => ({ deviceID: d }))],
    });
  }

  /** Adds a remote device (same ID again replaces it). */
  async addDevice({ deviceId, name, addresses = ['dynamic'] }) {
    await this.rest('POST', '/rest/config/devices', { deviceID: deviceId, name, addresses });
  }

  /** Shares an existing folder with a device, keeping the devices it already has. */
  async shareFolder(folderId, deviceId) {
    const folder = await this.rest('GET', `/rest/config/folders/${encodeURIComponent(folderId)}`);
    if (folder.devices.some((d) => d.deviceID === deviceId)) return;
    await this.rest('PATCH', `/rest/config/folders/${encodeURIComponent(folderId)}`, {
      devices: [...folder.devices, { deviceID: deviceId }],
    });
  }

  /** Graceful stop: REST shutdown, then SIGTERM, then SIGKILL to the whole process group. */
  async stop() {
    const proc = this.proc;
    if (!proc) return;
    const pgid = proc.pid;
    // A cleared timer, not a bare sleep: a pending timer would keep the caller's process alive.
    const exitedWithin = (ms) => new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.exited.then(() => { clearTimeout(timer); resolve(true); });
    });
    try {
      await this.rest('POST', '/rest/system/shutdown', undefined, { timeoutMs: 2000 });
    } catch { /* already dying or unresponsive: fall through to signals */ }
    if (!(await exitedWithin(4000))) {
      try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
      if (!(await exitedWithin(3000))) {
        try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
        await exitedWithin(2000);
      }
    }
    // The monitor is gone; make sure no child of the group survives it.
    await waitFor(() => !isAlive(-pgid), { timeoutMs: 3000, intervalMs: 50, what: 'syncthing process group to exit' })
      .catch(() => { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } });
  }

  /** Synchronous last-resort kill for process 'exit' handlers. */
  killNow() {
    if (this.proc) {
      try { process.kill(-this.proc.pid, 'SIGKILL'); } catch { /* gone */ }
    }
  }
}
