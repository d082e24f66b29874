// Syncthing device IDs: base32 of a 32-byte certificate hash, a Luhn mod 32 check character
// after every 13 characters, shown as 8 groups of 7. Syncthing refuses IDs whose check
// characters are wrong, so the API checks them too (422 instead of a failure half-way).
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const DEVICE_ID_FORMAT = /^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$/;

/** Syncthing's luhnBase32 (lib/protocol/luhn.go). */
function luhnBase32(s) {
  let factor = 1;
  let sum = 0;
  for (const ch of s) {
    let addend = factor * ALPHABET.indexOf(ch);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32];
}

/** True when `s` is a canonical device ID with correct check characters. */
export function isDeviceId(s) {
  if (typeof s !== 'string' || !DEVICE_ID_FORMAT.test(s)) return false;
  const plain = s.replaceAll('-', '');
  for (let i = 0; i < 4; i += 1) {
    const group = plain.slice(i * 14, i * 14 + 14);
    if (luhnBase32(group.slice(0, 13)) !== group[13]) return false;
  }
  return true;
}

/** Builds the device ID for 32 bytes (random by default): handy for claims without a device. */
export function makeDeviceId(bytes = randomBytes(32)) {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  bits = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  let b32 = '';
  for (let i = 0; i < bits.length; i += 5) b32 += ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  let luhnified = '';
  for (let i = 0; i < 4; i += 1) {
    const part = b32.slice(i * 13, i * 13 + 13);
    luhnified += part + luhnBase32(part);
  }
  return luhnified.match(/.{7}/g).join('-');
}
