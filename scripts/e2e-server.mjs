// The e2e server: a fresh seeded embedded database under .data/e2e (never the developer's data or a
// remote DATABASE_URL), a production build, and `next start` on the given port.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const port = process.argv[2] ?? "3100";
// `--build-of <port>`: serve the build made for that port's server (a second project's server, its own database).
const buildOf = process.argv[3] === "--build-of" ? process.argv[4] : undefined;
if (process.argv[3] !== undefined && !/^\d+$/.test(buildOf ?? "")) {
  console.error("usage: node scripts/e2e-server.mjs <port> [--build-of <port>]");
  process.exit(2);
}
// One folder per port, so two e2e runs on different ports never share (or wipe) a database.
const dataDir = `.data/e2e-${port}`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: "",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  // Links in emails (lib/app-url.ts); required in production, and the tests' baseURL (playwright.config.ts).
  APP_URL: `http://localhost:${port}`,
  // The seeded stories are told for the 2027 Finals as seen on this day.
  PORTAL_TODAY: "2026-11-26",
  NEXT_DIST_DIR: `.next-e2e-${buildOf ?? port}`,
};

rmSync(dataDir, { recursive: true, force: true });
function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
run("npx", ["tsx", "--import", "./scripts/register-hooks.mjs", "scripts/prepare-db.ts"]);
if (process.env.E2E_SKIP_BUILD !== "1" && buildOf === undefined) {
  // next build adds this run's distDir to tsconfig.json; put the committed file back afterwards.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Node runs Next directly (not through npx), so a stop signal reaches the server and it closes the database.
const nextBin = "node_modules/next/dist/bin/next";
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
