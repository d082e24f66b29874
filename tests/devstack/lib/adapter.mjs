// In-memory storage adapter for oidc-provider. Unlike the built-in LRU adapter it can be
// enumerated, which the `/_control/revoke` test control needs ("all of alice's refresh tokens").
export function createStore() {
  // model name -> Map(id -> { payload, expiresAt })
  const models = new Map();
  const table = (name) => {
    if (!models.has(name)) models.set(name, new Map());
    return models.get(name);
  };
  const alive = (entry) => entry && (!entry.expiresAt || entry.expiresAt > Date.now());

  class MemoryAdapter {
    constructor(name) {
      this.name = name;
      this.rows = table(name);
    }

    async upsert(id, payload, expiresIn) {
      this.rows.set(id, { payload: structuredClone(payload), expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : 0 });
    }

    async find(id) {
      const entry = this.rows.get(id);
      if (!alive(entry)) {
        this.rows.delete(id);
        return undefined;
      }
      return structuredClone(entry.payload);
    }

    async findByUid(uid) {
      for (const [id, entry] of this.rows) if (entry.payload.uid === uid) return this.find(id);
      return undefined;
    }

    async findByUserCode(userCode) {
      for (const [id, entry] of this.rows) if (entry.payload.userCode === userCode) return this.find(id);
      return undefined;
    }

    async consume(id) {
      const entry = this.rows.get(id);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id) {
      this.rows.delete(id);
    }

    async revokeByGrantId(grantId) {
      for (const [id, entry] of this.rows) if (entry.payload.grantId === grantId) this.rows.delete(id);
    }
  }

  /** Deletes every grant and token of an account: its refresh tokens stop working at once. */
  function revokeAccount(accountId) {
    let count = 0;
    for (const [name, rows] of models) {
      if (name === 'Session' || name === 'Interaction') continue;
      for (const [id, entry] of rows) {
        if (entry.payload.accountId === accountId) {
          if (name === 'RefreshToken') count += 1;
          rows.delete(id);
        }
      }
    }
    return count;
  }

  return { MemoryAdapter, revokeAccount };
}
