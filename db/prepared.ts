import type { Db } from "./client";

/**
 * Memoises one value per database handle, for what must not be shared between two databases of one process
 * (the tests open several): prepared statements, where Drizzle builds the SQL once and PostgreSQL parses and
 * plans each named statement once per connection instead of on every request (the session user, the
 * dashboard), and the dashboard cache. A transaction handle is not a `Db`.
 */
export function perDatabase<T>(create: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let value = byDb.get(db);
    if (!value) {
      value = create(db);
      byDb.set(db, value);
    }
    return value;
  };
}
