/**
 * The finish line under load (issue 13): a timing feed pushes finishers one request at a time through the
 * results API (`partial=true`), from many pushers at once and in no particular order (a faster runner of a
 * later wave arrives after slower ones), while runners read their dashboards. Measures each push's latency
 * and whether every finisher arrived; the caller measures the dashboard meanwhile.
 */
import { buildResultsFile } from "@/test/make-results-file";

export interface LivePushOptions {
  base: string;
  /** An API token (Bearer) of a timing provider. */
  token: string;
  finishers: number;
  pushers: number;
  eventName: string;
  raceName: string;
  /** Distinct external ids for this run's runners. */
  firstRunnerId: number;
}

export interface LivePushReport {
  pushed: number;
  refused: { status: number; body: string }[];
  seconds: number;
  p50: number;
  p95: number;
  max: number;
}

/** One request body per finisher: the file's `#` lines and header, then that finisher's row. */
function oneRowBodies(text: string): string[] {
  const lines = text.trimEnd().split("\n");
  const head = lines.filter((l) => l.startsWith("#"));
  const rows = lines.filter((l) => !l.startsWith("#"));
  const [header, ...data] = rows;
  return data.map((row) => [...head, header, row].join("\n") + "\n");
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** A fixed shuffle (no Math.random): the same arrival order on every run. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 0x2027;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export async function pushFinishersLive(options: LivePushOptions): Promise<LivePushReport> {
  const text = buildResultsFile({ rows: options.finishers, seed: 2027, date: "2026-06-14", race: options.raceName, firstRunnerId: options.firstRunnerId });
  const queue = shuffled(oneRowBodies(text));
  const query = new URLSearchParams({ event: options.eventName, level: "event", race: options.raceName, partial: "true", filename: "live-feed.csv" });
  const url = `${options.base}/api/v1/results?${query}`;
  const latencies: number[] = [];
  const refused: LivePushReport["refused"] = [];
  const started = performance.now();
  let next = 0;
  const pusher = async () => {
    for (;;) {
      const body = queue[next++];
      if (body === undefined) return;
      const t0 = performance.now();
      const res = await fetch(url, { method: "POST", body, headers: { authorization: `Bearer ${options.token}`, "content-type": "text/csv" } });
      const answer = await res.text();
      latencies.push(performance.now() - t0);
      if (res.status !== 200) refused.push({ status: res.status, body: answer.slice(0, 300) });
    }
  };
  await Promise.all(Array.from({ length: options.pushers }, pusher));
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    pushed: latencies.length - refused.length,
    refused,
    seconds: (performance.now() - started) / 1000,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
  };
}
