/**
 * `npm run bench [-- --skip-build --duration 10 --rounds 2 --connections 1,10,50 --pglite --skip-lighthouse
 *   --live-finishers 2000 --live-pushers 20 --skip-live]`:
 * the performance benchmark against the database of DATABASE_URL, filled first by `npm run bench:seed`.
 * Builds (unless --skip-build) and starts the production server, signs in the bench runner and the bench
 * elite through the real Auth.js credentials flow, issues session tokens for the many signed-in runners of
 * the seed (Auth.js's own encode, the server's AUTH_SECRET), audits four pages with Lighthouse's mobile run
 * (when Chromium is there), measures pages and API with autocannon (the dashboard both for one runner over
 * and over and for many runners, each seen once per pass), then (server stopped) times results imports and
 * the full nightly recompute in-process, and prints one markdown table. Exits non-zero on errors only, never
 * on a missed target: the targets are for people to read, not a timed test.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromiumPath } from "./chromium-path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";
import type { SQL } from "drizzle-orm";
import type { Db } from "@/db/client";

register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { migrateDatabase, openDatabase } = await import("@/db/client");
const { sql } = await import("drizzle-orm");
const { BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_TODAY, SIGNED_IN_USER_PREFIX } = await import("@/scripts/bench/generate");
const { issueSessionToken } = await import("@/lib/auth/session-token");
const { sessionCookieName } = await import("@/lib/auth/session-cookie");
const { authConfig } = await import("@/auth.config");
const { importResultsFile } = await import("@/lib/ingest/import");
const { recomputeQualifications } = await import("@/lib/data/recompute");
const { buildResultsFile } = await import("@/test/make-results-file");
const { createApiToken } = await import("@/lib/data/api-tokens");
const { pushFinishersLive } = await import("@/scripts/bench/live-push");

const { values } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "1,10,50" },
    pglite: { type: "boolean", default: false },
    "skip-recompute": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "live-finishers": { type: "string", default: "2000" },
    "live-pushers": { type: "string", default: "20" },
    "skip-live": { type: "boolean", default: false },
  },
});
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || !(DURATION / ROUNDS >= 1)) {
  console.error("bench: --rounds must be a whole number from 1 to --duration (each round lasts duration / rounds seconds).");
  process.exit(2);
}
const CONNECTIONS = values.connections.split(",").map(Number);
const DIST_DIR = ".next-bench";

if (!env.DATABASE_URL && !values.pglite) {
  console.error(
    "bench: DATABASE_URL is not set. The benchmark measures PostgreSQL; fill one first, e.g.\n" +
      "  scripts/with-postgres.sh bash -c 'npm run bench:seed -- --runners 1000000 --results 5000000 && npm run bench'\n" +
      "(or pass --pglite for a quick run on the embedded database under DATA_DIR, filled by a small bench:seed).",
  );
  process.exit(2);
}
if (!env.DATABASE_URL) console.warn("bench: WARNING: measuring the embedded PGlite database (single process): figures are not the PostgreSQL ones.");

interface Row {
  metric: string;
  value: string;
}
const table: Row[] = [];
const add = (metric: string, value: string) => table.push({ metric, value });
const fmt = (n: number, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function log(line: string) {
  console.error(`bench: ${line}`);
}

// ---------------------------------------------------------------------------------------------------
// Database facts

/** The `n` column of a one-row query (both drivers answer `{ rows }`). */
async function scalar(db: Db, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { rows: { n: string | number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

async function databaseFacts() {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
  try {
    await migrateDatabase(database);
    const counts: Record<string, number> = {};
    for (const t of ["runners", "events", "races", "results", "qualifications", "requests"]) {
      counts[t] = await scalar(database.db, sql.raw(`select count(*) as n from ${t}`));
    }
    const bytes = await scalar(database.db, sql`select pg_database_size(current_database()) as n`);
    const accounts = await scalar(database.db, sql`select count(*) as n from users where id in (${BENCH_ACCOUNTS.runner.id}, ${BENCH_ACCOUNTS.elite.id})`);
    if (accounts !== 2) throw new Error("the bench accounts are missing: run `npm run bench:seed` first");
    // The runners with an account of their own (bench:seed --signed-in), in runner order.
    const signedIn = (
      (await database.db.execute(sql`select users.id, users.email, users.name, runners.id as runner_id, runners.name as runner_name
        from users join runners on runners.user_id = users.id
        where users.id like ${`${SIGNED_IN_USER_PREFIX}%`} order by runners.id`)) as unknown as {
        rows: { id: string; email: string; name: string | null; runner_id: number | string; runner_name: string }[];
      }
    ).rows.map((r) => ({ id: r.id, email: r.email, name: r.name, runnerId: Number(r.runner_id), runnerName: r.runner_name }));
    return { counts, bytes, kind: database.kind, signedIn };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The production server

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: DIST_DIR,
  AUTH_SECRET: "bench-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  // Production requires the public origin for links in emails; the server's own port is set once known.
  APP_URL: "http://127.0.0.1:3000",
  PORTAL_TODAY: BENCH_TODAY,
  SEED_ON_START: "false",
};

/** `next build` into .next-bench; returns its output (first-load JS per route when Next prints it). */
function build(): string {
  log("next build (into .next-bench) ...");
  // next build adds its distDir to tsconfig.json; put the committed file back afterwards.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env: serverEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  writeFileSync("tsconfig.json", tsconfig);
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output);
    throw new Error("next build failed");
  }
  // Keep the build folder out of git without touching .gitignore.
  writeFileSync(path.join(DIST_DIR, ".gitignore"), "*\n");
  return output;
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------------
// Memory of the server process tree (Linux /proc)

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as number;
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // process gone
    }
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function memorySampler(pid: number) {
  let peakRss = 0;
  const hwm = new Map<number, number>();
  const sample = () => {
    let total = 0;
    for (const p of descendants(pid)) {
      total += statusKb(p, "VmRSS");
      hwm.set(p, Math.max(hwm.get(p) ?? 0, statusKb(p, "VmHWM")));
    }
    peakRss = Math.max(peakRss, total);
  };
  const timer = setInterval(sample, 250);
  sample();
  return {
    stop() {
      sample();
      clearInterval(timer);
      return { peakRssKb: peakRss, peakHwmKb: Math.max(0, ...hwm.values()) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Sign-in through Auth.js (csrf, credentials callback), keeping the cookies

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, callbackUrl: `${base}/dashboard` }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in of ${email} failed (HTTP ${res.status}, no session cookie)`);
  return cookieHeader(jar);
}

// ---------------------------------------------------------------------------------------------------
// Many signed-in runners: a session cookie each, issued as Auth.js issues it at sign-in

interface SignedInRunner {
  id: string;
  email: string;
  name: string | null;
  runnerId: number;
  runnerName: string;
}

/** One session cookie per runner, with the server's secret, under the cookie name Auth.js uses on http. */
async function issueCookies(runners: SignedInRunner[]): Promise<string[]> {
  const cookieName = sessionCookieName(false);
  const secret = serverEnv.AUTH_SECRET as string;
  const cookies: string[] = [];
  for (const r of runners) {
    const token = await issueSessionToken({ user: { id: r.id, email: r.email, name: r.name }, secret, cookieName, maxAgeSeconds: authConfig.session.maxAge });
    cookies.push(`${cookieName}=${token}`);
  }
  return cookies;
}

/** React's escaping of text, undone: enough to find a runner's name in the page. */
const unescapeHtml = (html: string) =>
  html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * The cookies in turn, each once per pass over all of them, whichever connection asks: every request of a
 * pass is a different runner. Counts the requests, so the table can say how often a runner came back.
 */
function rotation(cookies: string[]) {
  let next = 0;
  return {
    take(): string {
      const cookie = cookies[next % cookies.length] as string;
      next++;
      return cookie;
    },
    get taken() {
      return next;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Load with autocannon; latencies collected per response for exact percentiles

interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

/** What one autocannon run saw: its requests and every response time. */
interface LoadSample {
  seconds: number;
  requests: number;
  latencies: number[];
}

/** Several runs of one target as one result: requests over their total time, percentiles over every response. */
function combine(samples: LoadSample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = samples.reduce((sum, s) => sum + s.requests, 0);
  return {
    rps: requests / samples.reduce((sum, s) => sum + s.seconds, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/**
 * Who a request is sent as: nobody (null), one session cookie for every request, or a function that gives
 * each request its own (called once per request, including each connection's first).
 */
type CookieSource = string | null | (() => string);

async function load(url: string, cookie: CookieSource, connections: number, duration: number): Promise<LoadSample> {
  const latencies: number[] = [];
  const options: autocannon.Options =
    typeof cookie === "function"
      ? {
          url,
          connections,
          duration,
          requests: [
            {
              setupRequest: (request) => {
                request.headers = { ...request.headers, cookie: cookie() };
                return request;
              },
            },
          ],
        }
      : { url, connections, duration, headers: cookie ? { cookie } : {} };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts out of ${result.requests.total}`);
  return { seconds: duration, requests: result.requests.total, latencies };
}

async function checkPage(url: string, cookie: string | null, mustContain: string): Promise<string> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const text = await res.text();
  if (res.status !== 200 || !text.includes(mustContain)) throw new Error(`${url}: HTTP ${res.status}, expected a page with "${mustContain}"`);
  return text;
}

/** Every page a person reaches without an id to look up, and who opens it (null: signed out). */
const FIRST_LOAD_ROUTES: { path: string; as: keyof typeof BENCH_ACCOUNTS | null }[] = [
  { path: "/", as: null },
  { path: "/sign-in", as: null },
  { path: "/sign-up", as: null },
  { path: "/forgot-password", as: null },
  { path: "/runners/1", as: null },
  { path: "/dashboard", as: "runner" },
  { path: "/requests", as: "runner" },
  { path: "/requests/new/category-change", as: "runner" },
  { path: "/requests/new/priority-deferral", as: "runner" },
  { path: "/requests/new/extension", as: "runner" },
  { path: "/elite", as: "elite" },
  { path: "/elite/quotas", as: "elite" },
  { path: "/elite/ledger", as: "elite" },
  { path: "/finals/bibs", as: null },
  { path: "/admin/imports", as: "admin" },
  { path: "/admin/tokens", as: "admin" },
];

/** Gzipped size of every script a modern browser loads with the page (its first-load JS). */
async function firstLoadJs(base: string, html: string): Promise<{ kb: number; files: number }> {
  const sources = new Set<string>();
  for (const [, attributes = ""] of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    // The `noModule` polyfills load only in legacy browsers: not part of a modern browser's first load.
    if (src && !/\snomodule\b/i.test(attributes)) sources.add(src.replaceAll("&amp;", "&"));
  }
  let bytes = 0;
  for (const src of sources) {
    const res = await fetch(new URL(src, base));
    if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
    const gz = gzipSync(Buffer.from(await res.arrayBuffer())).length;
    log(`  ${src}: ${fmt(gz / 1024, 1)} KB gz`);
    bytes += gz;
  }
  return { kb: bytes / 1024, files: sources.size };
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse on a phone: its default mobile run (Moto G-class screen, 4x CPU slowdown, slow 4G, simulated)

/** One Lighthouse mobile run of `url` (with the session cookie, if any), as a table cell. */
async function phoneAudit(url: string, cookie: string | null, chromePath: string): Promise<string> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      extraHeaders: cookie ? { cookie } : undefined,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    return (
      `performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}; ` +
      `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`
    );
  } finally {
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const facts = await databaseFacts();
  const loadAvg = os.loadavg()[0] ?? 0;
  add("cores (os.cpus().length)", String(os.cpus().length));
  add("load average (1 min) at start", loadAvg.toFixed(2));
  add("server Node flags", SERVER_NODE_FLAGS.join(" "));
  add("database", `${facts.kind}, ${fmt(facts.bytes / 1024 / 1024)} MB (pg_database_size)`);
  add("rows", Object.entries(facts.counts).map(([t, n]) => `${t} ${fmt(n)}`).join(", "));

  if (!values["skip-build"]) {
    const output = build();
    const sizes = output.split("\n").filter((l) => /\/dashboard|First Load/.test(l) && /kB|KB/.test(l));
    if (sizes.length > 0) add("next build first-load JS lines", sizes.map((l) => l.trim()).join(" / "));
  } else if (!existsSync(DIST_DIR)) {
    throw new Error(`--skip-build but ${DIST_DIR} does not exist`);
  }

  // The live feed's API token, made before the server holds the database (PGlite is single-process).
  const liveRun = { stamp: Date.now(), token: "" };
  const liveEvent = `Bench live feed ${liveRun.stamp}`;
  if (!values["skip-live"]) {
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 1 });
    try {
      liveRun.token = (await createApiToken(database.db, { name: liveEvent, createdBy: BENCH_ACCOUNTS.admin.id })).token;
    } finally {
      await database.close();
    }
  }

  const port = await freePort();
  serverEnv.APP_URL = `http://127.0.0.1:${port}`;
  const base = `http://127.0.0.1:${port}`;
  log(`next start on ${base}`);
  const server = await startServer(port);
  const memory = memorySampler(server.pid as number);
  const results: { name: string; c: number; r: LoadResult }[] = [];
  let manyTaken = 0;
  try {
    const runnerCookie = await signIn(base, BENCH_ACCOUNTS.runner.email);
    const eliteCookie = await signIn(base, BENCH_ACCOUNTS.elite.email);
    const cookies = { runner: runnerCookie, elite: eliteCookie, admin: await signIn(base, BENCH_ACCOUNTS.admin.email) };
    const perRoute: string[] = [];
    for (const route of FIRST_LOAD_ROUTES) {
      const res = await fetch(`${base}${route.path}`, { headers: route.as ? { cookie: cookies[route.as] } : {}, redirect: "manual" });
      const html = await res.text();
      log(`first-load JS of ${route.path} (${route.as ?? "signed out"}): HTTP ${res.status}`);
      perRoute.push(res.status === 200 ? `${route.path} ${fmt((await firstLoadJs(base, html)).kb, 1)}` : `${route.path} HTTP ${res.status}`);
    }
    add("first-load JS per route (KB gz)", perRoute.join(", "));
    const dashboardHtml = await checkPage(`${base}/dashboard`, runnerCookie, "Bench Runner");

    // The many signed-in runners: cookies issued for all, then a sample checked end to end (each gets a
    // 200 with their own name on it, so the session passed every check of a real one).
    let many: ReturnType<typeof rotation> | null = null;
    if (facts.signedIn.length > 0) {
      const t0 = performance.now();
      const manyCookies = await issueCookies(facts.signedIn);
      log(`${fmt(manyCookies.length)} session tokens issued in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const step = Math.max(1, Math.floor(facts.signedIn.length / 25));
      for (let i = 0; i < facts.signedIn.length; i += step) {
        const r = facts.signedIn[i] as SignedInRunner;
        const res = await fetch(`${base}/dashboard`, { headers: { cookie: manyCookies[i] as string }, redirect: "manual" });
        const html = unescapeHtml(await res.text());
        if (res.status !== 200 || !html.includes(r.runnerName)) throw new Error(`/dashboard as ${r.id}: HTTP ${res.status}, expected runner ${r.runnerId}'s page ("${r.runnerName}")`);
      }
      many = rotation(manyCookies);
      add("signed-in runners for the many-runner dashboard", `${fmt(manyCookies.length)} (session cookies issued with Auth.js's encode and the server's AUTH_SECRET; each runner once per pass)`);
    } else {
      add("signed-in runners for the many-runner dashboard", "none in the database: run `npm run bench:seed` (--signed-in N) to measure it");
    }
    await checkPage(`${base}/`, null, "Finals Portal");
    const js = await firstLoadJs(base, dashboardHtml);
    add("dashboard first-load JS (gzipped scripts of /dashboard)", `${fmt(js.kb, 1)} KB gz in ${js.files} files (target < 150)`);
    const homeHtml = await checkPage(`${base}/`, null, "Finals Portal");
    const homeJs = await firstLoadJs(base, homeHtml);
    add("home page first-load JS", `${fmt(homeJs.kb, 1)} KB gz in ${homeJs.files} files`);
    add("HTML per response (rendered and sent)", `/dashboard ${fmt(Buffer.byteLength(dashboardHtml) / 1024, 1)} KB, / ${fmt(Buffer.byteLength(homeHtml) / 1024, 1)} KB`);

    const chromePath = values["skip-lighthouse"] ? undefined : chromiumPath();
    if (chromePath) {
      // The runner's dashboard, the comparison page, the public runner page (its chart is in the first screen)
      // and the review queue, each opened by who opens it for first-load JS above.
      const audited = FIRST_LOAD_ROUTES.filter((route) => ["/dashboard", "/", "/runners/1", "/elite"].includes(route.path));
      for (const route of audited) {
        log(`Lighthouse (mobile) on ${route.path} ...`);
        add(`Lighthouse mobile, ${route.path} (${route.as ?? "signed out"})`, await phoneAudit(`${base}${route.path}`, route.as ? cookies[route.as] : null, chromePath));
      }
    } else {
      add("Lighthouse mobile", values["skip-lighthouse"] ? "skipped (--skip-lighthouse)" : "not measured: no Chromium (set CHROMIUM_PATH)");
    }

    // The elite queue's JSON API (issue 16): the default view (open, longest waiting first, 20 per page) and the
    // heaviest one (every status, sorted by score vs threshold, 100 per page: the sort reads each request's best score).
    const queueViews = ["", "status=all&sort=margin&pageSize=100"];
    const queues: { name: string; url: string; cookie: CookieSource }[] = [];
    for (const query of queueViews) {
      const url = `${base}/api/elite/requests${query ? `?${query}` : ""}`;
      const res = await fetch(url, { headers: { cookie: eliteCookie } });
      const page = res.ok ? ((await res.json()) as { total?: number }) : null;
      if (page) queues.push({ name: `GET /api/elite/requests${query ? `?${query}` : " (open, waiting)"} (elite, ${page.total ?? "?"} matching)`, url, cookie: eliteCookie });
      else log(`elite queue request ${query || "(default)"} answered HTTP ${res.status}; not measured`);
    }

    const targets: { name: string; url: string; cookie: CookieSource }[] = [
      { name: "GET /dashboard (repeated runner)", url: `${base}/dashboard`, cookie: runnerCookie },
      // The issue's "static page of the same app": the home page. It renders per request too (the header shows
      // who is signed in), without a session here, so it is the cost of the app's shell with no data.
      { name: "GET / (home page, no session)", url: `${base}/`, cookie: null },
      ...queues,
      // Results day: a different signed-in runner on every request, each once per pass over all of them. With
      // more of them than a process keeps dashboards (5,000) and verified tokens (10,000), every view decrypts
      // its token, reads its session and reads and computes its dashboard, as a runner's first view does.
      ...(many ? [{ name: `GET /dashboard (many runners, ${fmt(facts.signedIn.length)} in turn)`, url: `${base}/dashboard`, cookie: many.take }] : []),
    ];
    // Warm-up: JIT, connection pool, PostgreSQL buffers.
    for (const t of targets) await load(t.url, t.cookie, 10, 5);
    // The targets take turns in ROUNDS slices of DURATION / ROUNDS seconds each, so a slow spell of a noisy
    // machine falls on every page alike instead of on whichever was measured then: the ratio compares like with like.
    for (const c of CONNECTIONS) {
      const samples = new Map(targets.map((t) => [t, [] as LoadSample[]]));
      for (let round = 1; round <= ROUNDS; round++) {
        for (const t of targets) {
          log(`${t.name} at ${c} connections, round ${round} of ${ROUNDS}, ${DURATION / ROUNDS} s`);
          samples.get(t)?.push(await load(t.url, t.cookie, c, DURATION / ROUNDS));
        }
      }
      for (const t of targets) results.push({ name: t.name, c, r: combine(samples.get(t) ?? []) });
    }
    // Results day at the finish line: finishers pushed one request at a time by many pushers while the many
    // runners read their dashboards (10 connections, in 5 s slices until the last push has answered).
    if (liveRun.token && many) {
      log(`live feed: ${values["live-finishers"]} finishers, one per request, ${values["live-pushers"]} pushers, dashboards read meanwhile`);
      let pushing = true;
      const during: LoadSample[] = [];
      const reading = (async () => {
        while (pushing) during.push(await load(`${base}/dashboard`, many.take, 10, 5));
      })();
      const pushes = await pushFinishersLive({
        base,
        token: liveRun.token,
        finishers: Number(values["live-finishers"]),
        pushers: Number(values["live-pushers"]),
        eventName: liveEvent,
        raceName: "Live 100K",
        firstRunnerId: 40_000_000 + (liveRun.stamp % 100_000) * 5_000,
      }).finally(() => {
        pushing = false;
      });
      await reading;
      const dash = combine(during);
      add(
        `live feed: ${fmt(Number(values["live-finishers"]))} finishers pushed one per request by ${values["live-pushers"]} pushers`,
        `${pushes.seconds.toFixed(1)} s, push p50 ${fmt(pushes.p50)} ms, p95 ${fmt(pushes.p95)} ms, max ${fmt(pushes.max)} ms; ${fmt(pushes.pushed)} accepted, ${pushes.refused.length} refused${pushes.refused[0] ? ` (first: HTTP ${pushes.refused[0].status} ${pushes.refused[0].body})` : ""}`,
      );
      add("GET /dashboard (many runners) during the live feed, 10 conn.", `${fmt(dash.rps)} req/s, p50 ${fmt(dash.p50)} ms, p95 ${fmt(dash.p95)} ms (target p95 < 250)`);
    }
    manyTaken = many?.taken ?? 0;
  } finally {
    const mem = memory.stop();
    add("server peak RSS (process tree, sampled every 250 ms)", `${fmt(mem.peakRssKb / 1024)} MB (VmHWM ${fmt(mem.peakHwmKb / 1024)} MB)`);
    await stopServer(server);
  }

  for (const { name, c, r } of results) {
    add(`${name}, ${c} conn.`, `${fmt(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms`);
  }
  for (const [label, prefix] of [
    ["repeated runner", "GET /dashboard (repeated runner)"],
    ["many runners", "GET /dashboard (many runners"],
  ] as const) {
    const ratios = CONNECTIONS.flatMap((c) => {
      const dash = results.find((x) => x.c === c && x.name.startsWith(prefix));
      const home = results.find((x) => x.c === c && x.name.startsWith("GET / "));
      return dash && home ? [`${(dash.r.rps / home.r.rps).toFixed(2)}${c === 10 ? " (target >= 0.5)" : ""}`] : [];
    });
    if (ratios.length > 0) add(`dashboard (${label}) / home page throughput, ${CONNECTIONS.join(" / ")} conn.`, ratios.join(" / "));
  }
  if (manyTaken > 0) {
    add(
      "many-runner dashboard requests",
      `${fmt(manyTaken)} (warm-up included) over ${fmt(facts.signedIn.length)} runners: each runner seen at most ${Math.ceil(manyTaken / facts.signedIn.length)} times`,
    );
  }

  // Imports and the recompute run in-process, after the server has stopped (PGlite is single-process).
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 4 });
  try {
    if (liveRun.token) {
      const arrived = await scalar(
        database.db,
        sql`select count(*) as n from results join races on races.id = results.race_id join events on events.id = races.event_id where events.name = ${liveEvent}`,
      );
      add("live feed: finishers in the database afterwards", `${fmt(arrived)} of ${fmt(Number(values["live-finishers"]))} (target: none lost)`);
    }
    const stamp = Date.now();
    // Fresh runners in each file and each run (external ids never seen before): the import creates them.
    const firstId = 20_000_000 + (stamp % 100_000) * 20_000;
    for (const rows of [2500, 10_000]) {
      const text = buildResultsFile({ rows, seed: rows, date: "2026-06-14", race: `Bench ${rows}`, firstRunnerId: firstId + (rows === 2500 ? 0 : 2500) });
      log(`import of ${rows} rows`);
      const t0 = performance.now();
      const outcome = await importResultsFile(database.db, text, { eventName: `Bench import ${rows} ${stamp}`, level: "major", source: "cli", fileName: `bench-${rows}.csv` });
      const seconds = (performance.now() - t0) / 1000;
      if (!outcome.ok) throw new Error(`import of ${rows} rows refused: ${outcome.errors.map((e) => e.message).join("; ")}`);
      add(
        `import ${fmt(rows)}-row file (parse, upsert, recompute)`,
        `${seconds.toFixed(2)} s, ${fmt(rows / seconds)} rows/s, ${outcome.summary.newlyQualified.length} newly qualified${rows === 10_000 ? " (target < 5 s)" : ""}`,
      );
    }
    if (!values["skip-recompute"]) {
      log("full recompute (recomputeQualifications(db, \"all\")) ...");
      const t0 = performance.now();
      const summary = await recomputeQualifications(database.db, "all");
      const seconds = (performance.now() - t0) / 1000;
      const runners = facts.counts.runners ?? 0;
      add(
        "full nightly recompute",
        `${seconds.toFixed(1)} s for ${fmt(summary.races)} races, ${fmt(summary.results)} results, ${fmt(summary.qualifications)} qualifications; ${fmt(runners / seconds)} runners/s (target < 600 s)`,
      );
    }
  } finally {
    await database.close();
  }

  add("benchmark wall time", `${((performance.now() - started) / 1000).toFixed(0)} s; load average (1 min) at end ${(os.loadavg()[0] ?? 0).toFixed(2)}`);
  console.log(`\n| metric | value |\n| --- | --- |\n${table.map((r) => `| ${r.metric} | ${r.value} |`).join("\n")}`);
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (table.length > 0) console.log(`\n| metric | value |\n| --- | --- |\n${table.map((r) => `| ${r.metric} | ${r.value} |`).join("\n")}`);
  process.exitCode = 1;
}
