import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "@/lib/cli/run-cli";
import { DatabaseLockedError, openDatabase } from "./client";

const root = mkdtempSync(path.join(tmpdir(), "finals-db-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function modesUnder(folder: string): { path: string; mode: number; dir: boolean }[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true }).map((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return { path: full, mode: statSync(full).mode & 0o777, dir: entry.isDirectory() };
  });
}

describe("embedded database on disk", () => {
  // Issue #14.7: DATA_DIR and the PGlite files were created 0777/0666 (world-readable password hashes).
  it("creates DATA_DIR 0700 and its files 0600, even under a permissive umask", async () => {
    const dataDir = path.join(root, "perms");
    const previous = process.umask(0o000);
    let database;
    try {
      database = await openDatabase({ dataDir });
    } finally {
      process.umask(previous);
    }
    await database.close();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const entries = modesUnder(dataDir);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect({ path: entry.path, mode: entry.mode.toString(8) }).toEqual({ path: entry.path, mode: entry.dir ? "700" : "600" });
  });

  // Issue #14.15: two processes on one PGlite folder lost data.
  it("refuses a second opener while the first holds it, and frees it on close", async () => {
    const dataDir = path.join(root, "lock");
    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await first.close();
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it("refuses a folder locked by another live process with a message that says what to do", async () => {
    const dataDir = path.join(root, "other");
    await (await openDatabase({ dataDir })).close();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(path.join(dataDir, "pglite.lock"), `${other.pid}\n`);
      await expect(openDatabase({ dataDir })).rejects.toThrow(
        new RegExp(`in use by another process \\(pid ${other.pid}\\).*stop the server.*DATABASE_URL`),
      );
      const lines: string[] = [];
      const code = await runCli(["qualifiers", "--edition", "2027"], {
        stdout: () => undefined,
        stderr: (text) => lines.push(text),
        database: { dataDir },
      });
      expect(code).toBe(1);
      expect(lines.join("\n")).toMatch(/in use by another process.*stop the server.*DATABASE_URL/s);
      expect(lines.join("\n")).not.toMatch(/\n\s+at /);
    } finally {
      other.kill();
    }
  });

  it("takes over the lock of a process that no longer runs", async () => {
    const dataDir = path.join(root, "stale");
    await (await openDatabase({ dataDir })).close();
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    writeFileSync(path.join(dataDir, "pglite.lock"), `${gone.pid}\n`);
    const database = await openDatabase({ dataDir });
    await database.close();
  });
});
