import type { Db } from "./client";

/**
 * Memoises a set of prepared statements per database handle: Drizzle builds their SQL once, and
 * PostgreSQL parses and plans each named statement once per connection, instead of on every request.
 * For the hot read paths (the session user, the dashboard); a transaction handle is not a `Db`.
 */
export function preparedPerDatabase<T>(prepare: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let prepared = byDb.get(db);
    if (!prepared) {
      prepared = prepare(db);
      byDb.set(db, prepared);
    }
    return prepared;
  };
}
