#!/usr/bin/env -S node --
// The devstack command:
//   node tests/devstack/devstack.mjs --env-file FILE [--port N] [--state-dir DIR] [--parent-pid PID]
// Starts everything on 127.0.0.1, writes FILE (KEY=value lines) once all of it answers, prints the
// same lines on stdout, and runs until SIGTERM/SIGINT or until the parent PID is gone.
import { parseArgs } from 'node:util';
import { startDevstack, formatEnv } from './lib/devstack.mjs';
import { isAlive } from './lib/util.mjs';

// stdout carries only the KEY=value lines; library chatter (oidc-provider notices) goes to stderr.
console.log = console.info = console.error;

function usage(message) {
  process.stderr.write(`devstack: ${message}\nusage: devstack.mjs --env-file FILE [--port N] [--state-dir DIR] [--parent-pid PID]\n`);
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      'env-file': { type: 'string' },
      port: { type: 'string', default: '0' },
      'state-dir': { type: 'string' },
      'parent-pid': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  usage(err.message);
}
if (args.help) usage('help');
if (!args['env-file']) usage('--env-file is required');
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be 0..65535');
const parentPid = args['parent-pid'] === undefined ? null : Number(args['parent-pid']);
if (parentPid !== null && (!Number.isInteger(parentPid) || parentPid <= 0)) usage('--parent-pid must be a PID');

const log = (msg) => process.stderr.write(`devstack: ${msg}\n`);
const t0 = Date.now();
let devstack;
let shuttingDown = false;

async function shutdown(reason) {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`stopping (${reason})`);
  // Still starting: the code after startDevstack() sees the flag and stops it then.
  if (!devstack) return;
  try {
    await devstack?.stop();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGHUP', () => shutdown('SIGHUP'));
// Last resort if something throws later: never leave the server Syncthing running.
process.on('exit', () => devstack?.syncthing.killNow());

if (parentPid !== null) {
  // Polled from the start, so a parent that dies during startup is noticed too.
  setInterval(() => {
    if (!isAlive(parentPid)) shutdown(`parent ${parentPid} is gone`);
  }, 1000).unref();
}

try {
  devstack = await startDevstack({ port, stateDir: args['state-dir'], envFile: args['env-file'], log });
} catch (err) {
  log(`failed to start: ${err.message}`);
  process.exit(1);
}
if (shuttingDown) {
  await devstack.stop();
  process.exit(0);
}
process.stdout.write(formatEnv(devstack.env));
log(`ready in ${Date.now() - t0} ms (state in ${devstack.stateDir})`);

