/**
 * The bib ledger after a scripted season (R14-R17): approvals, rejections, withdrawals, deferrals across two
 * editions, an extension and a quota change, all through the data layer's own functions. Every total of the
 * ledger must be the sum of the movements it lists, and the stored bibs used must agree with them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { seedDatabase } from "@/db/seed";
import { seedQueueRequests } from "@/db/seed-queue";
import { finalsQuotas, requests, runners, users } from "@/db/schema";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import { getBibLedger, getPublicBibSummary } from "./bib-ledger";
import { updateQuota } from "./bib-quotas";
import { withdrawRequest } from "./request-writes";
import type { ReviewViewer } from "./review-access";
import { decideRequest, startReviews } from "./review-decisions";

const TODAY = "2026-11-26";
let database: TestDatabase;
let elite: ReviewViewer;
let admin: ReviewViewer;
let initialQuota: Map<string, number>;

async function viewerFor(email: string): Promise<ReviewViewer> {
  const [row] = await database.db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return { ...row, runnerId: null };
}

async function seededRequests() {
  return database.db
    .select({ id: requests.id, type: requests.type, runnerId: requests.runnerId, from: requests.fromFinalsRace, to: requests.toFinalsRace, sex: runners.sex })
    .from(requests)
    .innerJoin(runners, eq(runners.id, requests.runnerId))
    .orderBy(requests.id);
}

async function decide(id: number, decision: "approve" | "reject", reason: string) {
  const result = await decideRequest(database.db, elite, { requestId: id, decision, reason });
  if (!result.ok && result.error !== "no-bib-left") throw new Error(result.error);
  return result.ok;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "ledger" });
  await seedDatabase(database.db, { runners: 300, results: 1500, today: TODAY });
  expect(await seedQueueRequests(database.db, { count: 30, today: TODAY })).toBeGreaterThan(20);
  elite = await viewerFor("elite@example.com");
  admin = await viewerFor("admin@example.com");
  const quotas = await database.db.select().from(finalsQuotas).where(eq(finalsQuotas.editionYear, 2027));
  initialQuota = new Map(quotas.map((q) => [`${q.finalsRace}:${q.sex}`, q.bibs]));

  // The season: the team takes a batch into review, approves some, rejects some; runners withdraw some.
  const all = await seededRequests();
  expect((await startReviews(database.db, elite, all.slice(0, 10).map((r) => r.id))).ok).toBe(true);
  for (const [i, r] of all.entries()) {
    if (i % 5 === 0 || i % 5 === 1) await decide(r.id, "approve", `Approved #${i}`);
    else if (i % 5 === 2) await decide(r.id, "reject", `=HYPERLINK("http://evil") #${i}`);
    else if (i % 5 === 3) {
      const [user] = await database.db.insert(users).values({ email: `season-${i}@example.com`, role: "runner" }).returning({ id: users.id });
      if (!user) throw new Error("no user");
      expect((await withdrawRequest(database.db, { userId: user.id, runnerId: r.runnerId }, { requestId: r.id, reason: "Changed my mind" })).ok).toBe(true);
    } // i % 5 === 4 stays open (pending)
  }
  // R15: a deferral approved for 2026 moves a priority into 2027.
  const [last] = all.slice(-1);
  if (!last) throw new Error("no request");
  const [old] = await database.db
    .insert(requests)
    .values({ runnerId: last.runnerId, editionYear: 2026, type: "priority_deferral", fromFinalsRace: "CCC", reason: "Injured in 2026" })
    .returning({ id: requests.id });
  if (!old) throw new Error("no request");
  await decide(old.id, "approve", "Deferred from 2026");
  // An admin lowers a quota (never below the bibs used).
  const quota = await updateQuota(database.db, admin, { editionYear: 2027, finalsRace: "OCC", sex: "F", bibs: 38 });
  expect(quota.ok).toBe(true);
});
afterAll(async () => {
  await database?.dispose();
});

describe("getBibLedger after a scripted season", () => {
  it("has every total equal to the sum of its movements, and the stored bibs used agree", async () => {
    const result = await getBibLedger(database.db, elite, 2027);
    if (!result.ok) throw new Error(result.error);
    const { rows, movements } = result.ledger;
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const mine = movements.filter((m) => m.finalsRace === row.finalsRace && m.sex === row.sex);
      const sum = (kind: string) => mine.filter((m) => m.kind === kind).reduce((s, m) => s + Math.abs(m.delta), 0);
      expect(row.changesIn).toBe(sum("change_in"));
      expect(row.changesOut).toBe(sum("change_out"));
      expect(row.deferralsIn).toBe(sum("deferral_in"));
      expect(row.deferralsOut).toBe(sum("deferral_out"));
      expect(row.extensions).toBe(sum("extension"));
      // Each approved change of category took one bib in its transaction.
      expect(row.bibsUsed).toBe(row.changesIn);
      const quotaMoves = mine.filter((m) => m.kind === "quota").reduce((s, m) => s + m.delta, 0);
      expect(row.quota).toBe((initialQuota.get(`${row.finalsRace}:${row.sex}`) ?? 0) + quotaMoves);
      expect(row.bibsLeft).toBe((row.quota ?? 0) - row.changesIn);
    }
    expect(rows.find((r) => r.finalsRace === "OCC" && r.sex === "F")?.quota).toBe(38);
    // The season moved places of every kind (the sums above are not all zero).
    const total = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    expect([total((r) => r.changesIn), total((r) => r.deferralsOut), total((r) => r.deferralsIn), total((r) => r.extensions)].every((n) => n > 0)).toBe(true);
  });

  it("lists every approval as movements with who and why, and nothing for rejections or withdrawals", async () => {
    const result = await getBibLedger(database.db, elite, 2027);
    if (!result.ok) throw new Error(result.error);
    const approved = await database.db
      .select({ id: requests.id, type: requests.type, editionYear: requests.editionYear })
      .from(requests)
      .where(eq(requests.status, "approved"));
    const requestMoves = result.ledger.movements.filter((m) => m.requestId !== null);
    const expected = approved.reduce((n, r) => n + (r.type === "category_change" ? 2 : 1), 0);
    expect(requestMoves).toHaveLength(expected);
    expect(new Set(requestMoves.map((m) => m.requestId))).toEqual(new Set(approved.map((r) => r.id)));
    expect(requestMoves.every((m) => m.byName === "Camille Roux" && m.reason?.startsWith("Approved #") === !m.reason?.startsWith("Deferred"))).toBe(true);
    expect(result.ledger.movements.some((m) => m.kind === "deferral_in" && m.finalsRace === "CCC")).toBe(true);
    expect(result.ledger.movements.filter((m) => m.kind === "quota")).toEqual([
      expect.objectContaining({ finalsRace: "OCC", sex: "F", delta: 38 - (initialQuota.get("OCC:F") ?? 0), byName: expect.any(String) }),
    ]);
  });

  it("counts as pending exactly the requests still open, by the race they would move", async () => {
    const result = await getBibLedger(database.db, elite, 2027);
    if (!result.ok) throw new Error(result.error);
    const open = await database.db
      .select({ type: requests.type, from: requests.fromFinalsRace, to: requests.toFinalsRace, sex: runners.sex })
      .from(requests)
      .innerJoin(runners, eq(runners.id, requests.runnerId))
      .where(and(eq(requests.editionYear, 2027), inArray(requests.status, ["submitted", "in_review"])));
    expect(open.length).toBeGreaterThan(0);
    const count = (race: FinalsRace, sex: Sex) => open.filter((o) => o.sex === sex && (o.type === "priority_deferral" ? o.from : o.to) === race).length;
    for (const row of result.ledger.rows) expect(row.pending).toBe(count(row.finalsRace, row.sex));
  });

  it("gives the public summary counts only, and the full ledger to the elite team and admins only", async () => {
    const summary = await getPublicBibSummary(database.db, 2027);
    const text = JSON.stringify(summary);
    const names = await database.db.select({ name: runners.name }).from(runners).innerJoin(requests, eq(requests.runnerId, runners.id));
    for (const { name } of names) expect(text).not.toContain(name);
    expect(text).not.toContain("Approved #");
    expect(text).not.toContain("Camille");
    expect(summary.rows).toHaveLength(6);
    expect((await getBibLedger(database.db, admin, 2027)).ok).toBe(true);
    expect(await getBibLedger(database.db, { id: "x", role: "runner", runnerId: 1 }, 2027)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await getBibLedger(database.db, null, 2027)).toMatchObject({ ok: false, error: "forbidden" });
  });
});
