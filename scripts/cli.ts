/**
 * `npm run --silent cli -- <command>`: see lib/cli/run-cli.ts. The data layer is imported after the
 * module hooks are registered (its "server-only" marker would throw outside Next.js).
 */
import { register } from "node:module";

register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { runCli } = await import("@/lib/cli/run-cli");

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  database: { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR },
});
