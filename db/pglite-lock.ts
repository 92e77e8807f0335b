/**
 * One process at a time on an embedded database: PGlite has no file lock, and two processes writing the
 * same folder lose data. The owner's pid goes in DATA_DIR/pglite.lock, created with O_EXCL; a lock left by
 * a process that no longer runs (killed, crashed) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** Thrown when another live process holds the embedded database. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${folder} is in use by another process (pid ${ownerPid}). ` +
        `PGlite cannot be shared between processes: stop the server (or the command) using it and try again, ` +
        `or use PostgreSQL by setting DATABASE_URL=postgres://... for both.`,
    );
    this.name = "DatabaseLockedError";
  }
}

/** Lock files this process holds (a pid reused after a restart, e.g. pid 1 in a container, is not "alive elsewhere"). */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function release(lockFile: string): void {
  if (!held.delete(lockFile)) return;
  try {
    if (readOwner(lockFile) === process.pid) unlinkSync(lockFile);
  } catch {
    // Already gone.
  }
}

process.once("exit", () => {
  for (const lockFile of [...held]) release(lockFile);
});

/**
 * Takes the lock of the embedded database in `dataDir`; returns its release. Throws DatabaseLockedError
 * when a live process (this one included, through another handle) holds it.
 */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  const folder = path.resolve(dataDir);
  const lockFile = path.join(folder, "pglite.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, "wx", 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      held.add(lockFile);
      return () => release(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(lockFile);
    if (owner !== null && (held.has(lockFile) || (owner !== process.pid && isAlive(owner)))) {
      throw new DatabaseLockedError(folder, owner);
    }
    // Stale (dead owner, or an unreadable file): take it over.
    try {
      unlinkSync(lockFile);
    } catch {
      // Another process took it over first; the next attempt sees its pid.
    }
  }
  throw new DatabaseLockedError(folder, readOwner(lockFile) ?? 0);
}
