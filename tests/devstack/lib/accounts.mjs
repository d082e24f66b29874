// The fixed test users and agencies of the devstack. Everyone's password is "secret".
import { timingSafeEqual, createHash } from 'node:crypto';

export const AGENCIES = Object.freeze({
  ag_1: 'Gestoria Puig',
  ag_2: 'Assessoria Vidal',
});

const USERS = Object.freeze({
  alice: { name: 'Alice Puig', email: 'alice@example.test', agencies: ['ag_1'] },
  bob: { name: 'Bob Serra', email: 'bob@example.test', agencies: ['ag_1', 'ag_2'] },
  carol: { name: 'Carol Soler', email: 'carol@example.test', agencies: [] },
  dave: { name: 'Dave Vidal', email: 'dave@example.test', agencies: ['ag_2'] },
});

const PASSWORD = 'secret';
const digest = (s) => createHash('sha256').update(String(s)).digest();

export function findUser(id) {
  return Object.hasOwn(USERS, id) ? { id, ...USERS[id] } : null;
}

/** Returns the user when login and password match; compares in constant time. */
export function checkPassword(login, password) {
  const user = findUser(login);
  const ok = timingSafeEqual(digest(password), digest(PASSWORD));
  return user && ok ? user : null;
}

export function agenciesOf(userId) {
  const user = findUser(userId);
  return user ? user.agencies.map((id) => ({ id, name: AGENCIES[id] })) : [];
}

export function isMember(userId, agencyId) {
  const user = findUser(userId);
  return !!user && user.agencies.includes(agencyId);
}

/** Standard OIDC claims for the ID token (all of them: the app needs no userinfo call). */
export function claimsOf(userId) {
  const user = findUser(userId);
  return {
    sub: user.id,
    name: user.name,
    email: user.email,
    email_verified: true,
    preferred_username: user.id,
  };
}
