// `npm start`: prepares the database (migrate, seed when empty), builds, and serves on PORT (3000).
// Generates and keeps an AUTH_SECRET under DATA_DIR when none is set, so sessions survive restarts.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
const dataDir = env.DATA_DIR || ".data";
const port = env.PORT || "3000";
// Links in emails use APP_URL only (lib/env.js requires it in production); a local `npm start` serves here.
env.APP_URL ||= `http://localhost:${port}`;

if (!env.AUTH_SECRET) {
  const secretFile = path.join(dataDir, "auth-secret");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["tsx", "--import", "./scripts/register-hooks.mjs", "scripts/prepare-db.ts"]);
if (env.SKIP_BUILD !== "1") run("npx", ["next", "build"]);

// Node runs Next directly (not through npx), so a stop signal reaches the server and it closes the database.
const nextBin = "node_modules/next/dist/bin/next";
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
