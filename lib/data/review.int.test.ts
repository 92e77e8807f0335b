import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, notLike, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { DEMO_STORIES, seedDatabase, type StoryKey } from "@/db/seed";
import { auditEvents, events, finalsQuotas, notifications, qualifications, races, requestDocuments, requests, results, runners, users } from "@/db/schema";
import { getRunnerDashboard } from "./dashboard";
import { listQuotas, updateQuota } from "./bib-quotas";
import type { ReviewViewer } from "./review-access";
import { decideRequest, startReview } from "./review-decisions";
import { listReviewQueue } from "./review-queue";
import { getReviewRequest } from "./review-request";
import { reviewQueueFiltersSchema, type ReviewQueueFilterInput } from "@/lib/validations/review-queue";
import type { FinalsRace, Sex } from "@/lib/domain/types";

const TODAY = "2026-11-26";
let database: TestDatabase;
let elite: ReviewViewer;
let admin: ReviewViewer;
let runnerViewer: ReviewViewer;
/** Generated (non-story) runners, by sex, handed out once each so tests never share a runner. */
const pool: Record<Sex, { id: number; name: string; externalId: string }[]> = { F: [], M: [] };

function takeRunner(sex: Sex) {
  const runner = pool[sex].shift();
  if (!runner) throw new Error(`no ${sex} runner left in the pool`);
  return runner;
}

async function storyRunnerId(key: StoryKey): Promise<number> {
  const story = DEMO_STORIES.find((s) => s.key === key);
  if (!story) throw new Error(`no story ${key}`);
  const [row] = await database.db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, story.externalId));
  if (!row) throw new Error(`story runner ${key} not seeded`);
  return row.id;
}

async function viewerFor(email: string): Promise<ReviewViewer> {
  const [row] = await database.db
    .select({ id: users.id, role: users.role, runnerId: runners.id })
    .from(users)
    .leftJoin(runners, eq(runners.userId, users.id))
    .where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

interface NewRequest {
  runnerId: number;
  type: "category_change" | "priority_deferral" | "extension";
  from?: FinalsRace | null;
  to?: FinalsRace | null;
  status?: "submitted" | "in_review" | "approved" | "rejected" | "withdrawn";
  editionYear?: number;
  submittedAt?: string;
}

async function insertRequest(r: NewRequest): Promise<number> {
  const decided = r.status === "approved" || r.status === "rejected";
  const [row] = await database.db
    .insert(requests)
    .values({
      runnerId: r.runnerId,
      editionYear: r.editionYear ?? 2027,
      type: r.type,
      status: r.status ?? "submitted",
      fromFinalsRace: r.from ?? null,
      toFinalsRace: r.to ?? null,
      reason: "Test request",
      submittedAt: new Date(r.submittedAt ?? "2026-11-20T09:00:00Z"),
      decidedAt: decided ? new Date("2026-11-21T10:00:00Z") : null,
      decidedBy: decided ? elite.id : null,
      decisionReason: decided ? "Decided earlier" : null,
    })
    .returning({ id: requests.id });
  if (!row) throw new Error("insert failed");
  return row.id;
}

async function requestRow(id: number) {
  const [row] = await database.db
    .select({ status: requests.status, decidedAt: requests.decidedAt, decidedBy: requests.decidedBy, decisionReason: requests.decisionReason })
    .from(requests)
    .where(eq(requests.id, id));
  return row;
}

async function auditOf(id: number) {
  return database.db
    .select({ action: auditEvents.action, reason: auditEvents.reason, actor: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "request"), eq(auditEvents.entityId, String(id))))
    .orderBy(asc(auditEvents.id));
}

async function quota(editionYear: number, finalsRace: FinalsRace, sex: Sex) {
  const [row] = await database.db
    .select({ bibs: finalsQuotas.bibs, bibsUsed: finalsQuotas.bibsUsed })
    .from(finalsQuotas)
    .where(and(eq(finalsQuotas.editionYear, editionYear), eq(finalsQuotas.finalsRace, finalsRace), eq(finalsQuotas.sex, sex)));
  if (!row) throw new Error("no quota");
  return row;
}

async function setQuota(editionYear: number, finalsRace: FinalsRace, sex: Sex, values: { bibs: number; bibsUsed: number }) {
  await database.db
    .update(finalsQuotas)
    .set(values)
    .where(and(eq(finalsQuotas.editionYear, editionYear), eq(finalsQuotas.finalsRace, finalsRace), eq(finalsQuotas.sex, sex)));
}

function filters(input: ReviewQueueFilterInput = {}) {
  return reviewQueueFiltersSchema.parse(input);
}

async function queueIds(input: ReviewQueueFilterInput = {}) {
  const page = await listReviewQueue(database.db, elite, filters(input), { today: TODAY });
  if (!page.ok) throw new Error(page.error);
  return { ids: page.rows.map((r) => r.id), total: page.total, page };
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "review" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: TODAY });
  elite = await viewerFor("elite@example.com");
  admin = await viewerFor("admin@example.com");
  runnerViewer = await viewerFor("tomas.herrera@example.com");
  const generated = await database.db
    .select({ id: runners.id, name: runners.name, sex: runners.sex, externalId: runners.externalId })
    .from(runners)
    .where(notLike(runners.externalId, "91000%"))
    .orderBy(asc(runners.id));
  for (const r of generated) pool[r.sex].push({ id: r.id, name: r.name, externalId: r.externalId ?? "" });
});
afterAll(async () => {
  await database.dispose();
});

describe("listReviewQueue", () => {
  const ids: Record<string, number> = {};
  const who: Record<string, { id: number; name: string; externalId: string; sex: Sex }> = {};

  beforeAll(async () => {
    const plan: [key: string, sex: Sex, NewRequest extends infer R ? Omit<R & NewRequest, "runnerId"> : never][] = [
      ["cc1", "M", { type: "category_change", from: "CCC", to: "OCC", submittedAt: "2026-10-01T08:00:00Z" }],
      ["cc2", "F", { type: "category_change", from: "OCC", to: "CCC", status: "in_review", submittedAt: "2026-10-05T08:00:00Z" }],
      ["def3", "M", { type: "priority_deferral", from: "UTMB", submittedAt: "2026-10-10T22:00:00Z" }],
      ["ext4", "F", { type: "extension", to: "CCC", submittedAt: "2026-11-01T08:00:00Z" }],
      ["cc5", "F", { type: "category_change", from: "CCC", to: "UTMB", status: "approved", submittedAt: "2026-09-01T08:00:00Z" }],
      ["def6", "M", { type: "priority_deferral", from: "CCC", status: "rejected", submittedAt: "2026-08-01T08:00:00Z" }],
      ["ext7", "M", { type: "extension", to: "UTMB", status: "withdrawn", submittedAt: "2026-07-01T08:00:00Z" }],
      ["cc8", "F", { type: "category_change", from: "UTMB", to: "CCC", status: "approved", editionYear: 2026, submittedAt: "2025-10-01T08:00:00Z" }],
    ];
    for (const [key, sex, r] of plan) {
      const runner = takeRunner(sex);
      who[key] = { ...runner, sex };
      ids[key] = await insertRequest({ ...r, runnerId: runner.id });
    }
    const def3 = ids.def3 ?? 0;
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    await database.db.insert(requestDocuments).values([
      { requestId: def3, fileName: "certificate.pdf", mimeType: "application/pdf", sizeBytes: 5, content: pdf, uploadedBy: elite.id },
      { requestId: def3, fileName: "scan.pdf", mimeType: "application/pdf", sizeBytes: 5, content: pdf, uploadedBy: elite.id },
    ]);
  });

  const idsOf = (...keys: string[]) => keys.map((k) => ids[k]);

  it("shows the open requests by default, oldest submitted first, with the runner and the document count", async () => {
    const { ids: got, total, page } = await queueIds();
    expect(got).toEqual(idsOf("cc1", "cc2", "def3", "ext4"));
    expect(total).toBe(4);
    const def3 = page.rows.find((r) => r.id === ids.def3);
    expect(def3).toMatchObject({
      type: "priority_deferral",
      status: "submitted",
      editionYear: 2027,
      fromFinalsRace: "UTMB",
      toFinalsRace: null,
      documentsCount: 2,
      submittedAt: "2026-10-10T22:00:00.000Z",
      runner: { id: who.def3?.id, name: who.def3?.name, sex: "M" },
    });
    expect(page.rows.find((r) => r.id === ids.cc1)?.documentsCount).toBe(0);
  });

  it("status 'all' lists open requests first, then decided ones newest first", async () => {
    const { ids: got, total } = await queueIds({ status: "all" });
    expect(got).toEqual(idsOf("cc1", "cc2", "def3", "ext4", "cc5", "def6", "ext7", "cc8"));
    expect(total).toBe(8);
  });

  it("filters by status, type, edition, Finals race (from or to) and sex", async () => {
    expect((await queueIds({ status: "approved" })).ids).toEqual(idsOf("cc5", "cc8"));
    expect((await queueIds({ status: "withdrawn" })).ids).toEqual(idsOf("ext7"));
    expect((await queueIds({ status: "in_review" })).ids).toEqual(idsOf("cc2"));
    expect((await queueIds({ status: "all", type: "category_change" })).ids).toEqual(idsOf("cc1", "cc2", "cc5", "cc8"));
    expect((await queueIds({ type: "extension" })).ids).toEqual(idsOf("ext4"));
    expect((await queueIds({ status: "all", edition: "2026" })).ids).toEqual(idsOf("cc8"));
    expect((await queueIds({ status: "all", edition: 2027 })).total).toBe(7);
    expect((await queueIds({ status: "all", race: "OCC" })).ids).toEqual(idsOf("cc1", "cc2"));
    expect((await queueIds({ status: "all", race: "UTMB" })).ids).toEqual(idsOf("def3", "cc5", "ext7", "cc8"));
    expect((await queueIds({ status: "all", sex: "F" })).ids).toEqual(idsOf("cc2", "ext4", "cc5", "cc8"));
    expect((await queueIds({ sex: "M" })).ids).toEqual(idsOf("cc1", "def3"));
  });

  it("filters by submitted date, both ends included (UTC days)", async () => {
    expect((await queueIds({ from: "2026-10-05", to: "2026-10-10" })).ids).toEqual(idsOf("cc2", "def3"));
    expect((await queueIds({ status: "all", to: "2026-08-31" })).ids).toEqual(idsOf("def6", "ext7", "cc8"));
    expect((await queueIds({ status: "all", from: "2026-10-11" })).ids).toEqual(idsOf("ext4"));
    expect(reviewQueueFiltersSchema.safeParse({ from: "2026-10-10", to: "2026-10-01" }).success).toBe(false);
  });

  it("searches by runner name (any case, part of it) or external id, with LIKE wildcards taken literally", async () => {
    const name = who.ext4?.name ?? "";
    const byName = await queueIds({ status: "all", q: name.toUpperCase() });
    expect(byName.ids).toContain(ids.ext4);
    // Generated runners may share a name; every hit must carry it.
    for (const row of byName.page.rows) expect(row.runner.name.toLowerCase()).toContain(name.toLowerCase());
    const lastName = name.split(" ").slice(-1)[0] ?? "";
    expect((await queueIds({ status: "all", q: lastName.toLowerCase() })).ids).toContain(ids.ext4);
    expect((await queueIds({ status: "all", q: who.def6?.externalId })).ids).toEqual(idsOf("def6"));
    expect((await queueIds({ status: "all", q: "%" })).total).toBe(0);
    expect((await queueIds({ status: "all", q: "no such runner zzz" })).total).toBe(0);
  });

  it("finds names without regard to accents, typed either way", async () => {
    const accented = takeRunner("F");
    const plain = takeRunner("M");
    await database.db.update(runners).set({ name: "Tomás Núñez Ørsted" }).where(eq(runners.id, accented.id));
    await database.db.update(runners).set({ name: "Zoe Lefevre" }).where(eq(runners.id, plain.id));
    const added = [await insertRequest({ runnerId: accented.id, type: "extension" }), await insertRequest({ runnerId: plain.id, type: "extension" })];
    try {
      expect((await queueIds({ status: "all", q: "tomas nunez" })).ids).toEqual([added[0]]);
      expect((await queueIds({ status: "all", q: "NÚÑEZ" })).ids).toEqual([added[0]]);
      expect((await queueIds({ status: "all", q: "orsted" })).ids).toEqual([added[0]]);
      expect((await queueIds({ status: "all", q: "Zoé Lefèvre" })).ids).toEqual([added[1]]);
      expect((await queueIds({ status: "all", q: "tomas nunes" })).total).toBe(0);
    } finally {
      await database.db.delete(requests).where(inArray(requests.id, added));
    }
  });

  it("pages with a stable order and the total on every page; the page size is capped at 100", async () => {
    const p1 = await queueIds({ status: "all", pageSize: 3, page: 1 });
    const p2 = await queueIds({ status: "all", pageSize: 3, page: 2 });
    const p3 = await queueIds({ status: "all", pageSize: 3, page: 3 });
    const p4 = await queueIds({ status: "all", pageSize: 3, page: 4 });
    expect([p1.total, p2.total, p3.total, p4.total]).toEqual([8, 8, 8, 8]);
    expect([...p1.ids, ...p2.ids, ...p3.ids]).toEqual(idsOf("cc1", "cc2", "def3", "ext4", "cc5", "def6", "ext7", "cc8"));
    expect(p4.ids).toEqual([]);
    expect(reviewQueueFiltersSchema.safeParse({ pageSize: 101 }).success).toBe(false);
    const capped = await listReviewQueue(database.db, elite, { ...filters(), pageSize: 500 }, { today: TODAY });
    expect(capped.ok && capped.pageSize).toBe(100);
  });

  it("admins may read the queue; runners and signed-out callers are refused", async () => {
    expect((await listReviewQueue(database.db, admin, filters(), { today: TODAY })).ok).toBe(true);
    expect(await listReviewQueue(database.db, runnerViewer, filters(), { today: TODAY })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await listReviewQueue(database.db, null, filters(), { today: TODAY })).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("getReviewRequest: the request, the runner's dashboard, document metadata, history and bibs left", async () => {
    const got = await getReviewRequest(database.db, elite, ids.def3 ?? 0, { today: TODAY });
    if (!got.ok) throw new Error(got.error);
    expect(got.detail.request).toMatchObject({ id: ids.def3, type: "priority_deferral", status: "submitted" });
    expect(got.detail.runner).toMatchObject({ id: who.def3?.id, sex: "M" });
    expect(got.detail.dashboard?.runner.id).toBe(who.def3?.id);
    expect(got.detail.dashboard?.status.UTMB).toBeDefined();
    expect(got.detail.documents.map((d) => d.fileName)).toEqual(["certificate.pdf", "scan.pdf"]);
    expect(got.detail.documents[0]).not.toHaveProperty("content");
    expect(got.detail.bibs).toBeNull();

    const cc = await getReviewRequest(database.db, admin, ids.cc2 ?? 0, { today: TODAY });
    if (!cc.ok) throw new Error(cc.error);
    const q = await quota(2027, "CCC", "F");
    expect(cc.detail.bibs).toEqual({ editionYear: 2027, finalsRace: "CCC", sex: "F", bibs: q.bibs, bibsUsed: q.bibsUsed, remaining: q.bibs - q.bibsUsed });

    expect(await getReviewRequest(database.db, runnerViewer, ids.def3 ?? 0, { today: TODAY })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await getReviewRequest(database.db, elite, 987654, { today: TODAY })).toMatchObject({ ok: false, error: "not-found" });
  });
});

describe("the runner's index in the queue (R6)", () => {
  it("sorts by the General Index the rules engine computed for each runner with a request, unknown last", async () => {
    const { refreshRunnerIndexes } = await import("./runner-indexes");
    const { computeUtmbIndex } = await import("@/lib/domain/utmb-index");
    const picked = [takeRunner("F"), takeRunner("M"), takeRunner("F"), takeRunner("M")];
    const ids = [];
    for (const r of picked) ids.push(await insertRequest({ runnerId: r.id, type: "priority_deferral", editionYear: 2031 }));
    expect(await refreshRunnerIndexes(database.db, [...picked.map((r) => r.id), 999_999], TODAY)).toBe(4);
    // Each kept value is the rules engine's, from the runner's scores.
    const expected = new Map<number, number | null>();
    for (const r of picked) {
      const scores = await database.db
        .select({ resultId: results.id, score: results.utmbScore, category: races.category, date: races.date })
        .from(results)
        .innerJoin(races, eq(races.id, results.raceId))
        .where(and(eq(results.runnerId, r.id), eq(results.status, "finisher")));
      const usable = scores.flatMap((s) => (s.score !== null && s.category ? [{ resultId: s.resultId, score: s.score, category: s.category, date: s.date }] : []));
      expected.set(r.id, computeUtmbIndex(usable, TODAY).general?.value ?? null);
    }
    const { page } = await queueIds({ edition: "2031", status: "all", sort: "index", dir: "desc" });
    expect(page.rows.map((row) => [row.runner.id, row.runnerIndex])).toEqual(
      [...expected].sort((a, b) => (b[1] ?? -1) - (a[1] ?? -1)).map(([id, value]) => [id, value]),
    );
    const ascending = await queueIds({ edition: "2031", status: "all", sort: "index", dir: "asc" });
    const known = ascending.page.rows.filter((row) => row.runnerIndex !== null).map((row) => row.runnerIndex!);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(ids).toHaveLength(4);
  });
});

describe("startReview and decideRequest", () => {
  it("startReview moves a submitted request into review, once, with an audit entry", async () => {
    const id = await insertRequest({ runnerId: takeRunner("F").id, type: "extension", to: "CCC" });
    expect(await startReview(database.db, elite, id)).toEqual({ ok: true });
    expect((await requestRow(id))?.status).toBe("in_review");
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: "review_started", actor: elite.id })]);
    expect(await startReview(database.db, elite, id)).toMatchObject({ ok: false, error: "not-open" });
    expect(await startReview(database.db, runnerViewer, id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await startReview(database.db, elite, 987654)).toMatchObject({ ok: false, error: "not-found" });
    expect(await auditOf(id)).toHaveLength(1);
  });

  it("rejects with the reason: decided fields and an audit entry; no bib is used", async () => {
    const id = await insertRequest({ runnerId: takeRunner("F").id, type: "category_change", from: "OCC", to: "CCC", status: "in_review" });
    const before = await quota(2027, "CCC", "F");
    const result = await decideRequest(database.db, elite, { requestId: id, decision: "reject", reason: "  No bib can be justified.  " });
    expect(result).toEqual({ ok: true, status: "rejected", bib: null });
    const row = await requestRow(id);
    expect(row).toMatchObject({ status: "rejected", decidedBy: elite.id, decisionReason: "No bib can be justified." });
    expect(row?.decidedAt).toBeInstanceOf(Date);
    expect(await auditOf(id)).toEqual([
      { action: "rejected", reason: "No bib can be justified.", actor: elite.id, details: { from: "in_review", to: "rejected" } },
    ]);
    expect(await quota(2027, "CCC", "F")).toEqual(before);
  });

  it("tells the runner of the decision once, in the same transaction (when the runner has an account)", async () => {
    const runner = takeRunner("F");
    const [account] = await database.db.insert(users).values({ email: `decided-${runner.id}@example.com`, role: "runner" }).returning({ id: users.id });
    await database.db.update(runners).set({ userId: account!.id }).where(eq(runners.id, runner.id));
    const id = await insertRequest({ runnerId: runner.id, type: "extension", to: "CCC", status: "in_review" });
    expect(await decideRequest(database.db, elite, { requestId: id, decision: "reject", reason: "No qualifying score in the window." })).toMatchObject({ ok: true });
    const told = await database.db.select({ kind: notifications.kind, subject: notifications.subject, params: notifications.params }).from(notifications).where(eq(notifications.userId, account!.id));
    expect(told).toEqual([{ kind: "request_decided", subject: `request_decided:${id}`, params: { requestId: id, status: "rejected" } }]);
  });

  it("approving a category change takes one bib of the target race and sex, from submitted in one step", async () => {
    const id = await insertRequest({ runnerId: takeRunner("M").id, type: "category_change", from: "CCC", to: "OCC" });
    const before = await quota(2027, "OCC", "M");
    const result = await decideRequest(database.db, admin, { requestId: id, decision: "approve", reason: "Injury history, shorter race." });
    expect(result).toMatchObject({ ok: true, status: "approved", bib: { finalsRace: "OCC", sex: "M", bibsUsed: before.bibsUsed + 1 } });
    expect(await quota(2027, "OCC", "M")).toEqual({ bibs: before.bibs, bibsUsed: before.bibsUsed + 1 });
    expect(await requestRow(id)).toMatchObject({ status: "approved", decidedBy: admin.id, decisionReason: "Injury history, shorter race." });
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "approved", actor: admin.id, reason: "Injury history, shorter race." });
    expect(audit[0]?.details).toMatchObject({ from: "submitted", quota: { finalsRace: "OCC", sex: "M", bibsUsed: before.bibsUsed + 1 } });
  });

  it("refuses a decision without a reason, by a runner, on a forged id; nothing changes", async () => {
    const id = await insertRequest({ runnerId: takeRunner("M").id, type: "category_change", from: "CCC", to: "UTMB" });
    const before = await quota(2027, "UTMB", "M");
    expect(await decideRequest(database.db, elite, { requestId: id, decision: "reject", reason: "   " })).toMatchObject({
      ok: false,
      error: "reason-required",
    });
    expect(await decideRequest(database.db, runnerViewer, { requestId: id, decision: "approve", reason: "Me" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    for (const forged of [987654, -1, 0, 1.5]) {
      expect(await decideRequest(database.db, elite, { requestId: forged, decision: "approve", reason: "x" })).toMatchObject({
        ok: false,
        error: "not-found",
      });
    }
    expect(await requestRow(id)).toMatchObject({ status: "submitted", decidedAt: null, decidedBy: null, decisionReason: null });
    expect(await auditOf(id)).toEqual([]);
    expect(await quota(2027, "UTMB", "M")).toEqual(before);
  });

  it("refuses deciding an already decided or withdrawn request; nothing changes", async () => {
    const approved = await insertRequest({ runnerId: takeRunner("F").id, type: "category_change", from: "CCC", to: "OCC", status: "approved" });
    const withdrawn = await insertRequest({ runnerId: takeRunner("F").id, type: "category_change", from: "CCC", to: "OCC", status: "withdrawn" });
    const rejected = await insertRequest({ runnerId: takeRunner("F").id, type: "extension", to: "CCC", status: "rejected" });
    const before = await quota(2027, "OCC", "F");
    const rows = await Promise.all([approved, withdrawn, rejected].map(requestRow));

    expect(await decideRequest(database.db, elite, { requestId: approved, decision: "approve", reason: "Again" })).toEqual({
      ok: false,
      error: "not-open",
      status: "approved",
    });
    expect(await decideRequest(database.db, elite, { requestId: withdrawn, decision: "approve", reason: "Late" })).toMatchObject({
      ok: false,
      error: "not-open",
      status: "withdrawn",
    });
    expect(await decideRequest(database.db, elite, { requestId: rejected, decision: "approve", reason: "Changed my mind" })).toMatchObject({
      ok: false,
      error: "not-open",
    });
    expect(await Promise.all([approved, withdrawn, rejected].map(requestRow))).toEqual(rows);
    expect(await quota(2027, "OCC", "F")).toEqual(before);
    for (const id of [approved, withdrawn, rejected]) expect(await auditOf(id)).toEqual([]);
  });

  it("refuses approving a category change when no bib is left; nothing changes", async () => {
    const id = await insertRequest({ runnerId: takeRunner("F").id, type: "category_change", from: "CCC", to: "UTMB", status: "in_review" });
    const original = await quota(2027, "UTMB", "F");
    await setQuota(2027, "UTMB", "F", { bibs: 40, bibsUsed: 40 });
    try {
      expect(await decideRequest(database.db, elite, { requestId: id, decision: "approve", reason: "Strong case" })).toEqual({
        ok: false,
        error: "no-bib-left",
        quota: { editionYear: 2027, finalsRace: "UTMB", sex: "F", bibs: 40 },
      });
      expect(await requestRow(id)).toMatchObject({ status: "in_review", decidedAt: null, decidedBy: null, decisionReason: null });
      expect(await auditOf(id)).toEqual([]);
      expect(await quota(2027, "UTMB", "F")).toEqual({ bibs: 40, bibsUsed: 40 });
      // A rejection needs no bib.
      expect(await decideRequest(database.db, elite, { requestId: id, decision: "reject", reason: "No bib left" })).toMatchObject({ ok: true });
    } finally {
      await setQuota(2027, "UTMB", "F", original);
    }
  });

  it("two reviewers approving the same request at once: one succeeds, one bib is used", async () => {
    const id = await insertRequest({ runnerId: takeRunner("M").id, type: "category_change", from: "UTMB", to: "CCC" });
    const before = await quota(2027, "CCC", "M");
    const outcomes = await Promise.all([
      decideRequest(database.db, elite, { requestId: id, decision: "approve", reason: "Reviewer one" }),
      decideRequest(database.db, admin, { requestId: id, decision: "approve", reason: "Reviewer two" }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([expect.objectContaining({ error: "not-open" })]);
    expect(await quota(2027, "CCC", "M")).toEqual({ bibs: before.bibs, bibsUsed: before.bibsUsed + 1 });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["approved"]);
  });

  it("20 concurrent approvals with 5 bibs left: exactly 5 approved, 15 refused, the quota is full and never exceeded", async () => {
    const original = await quota(2027, "CCC", "M");
    await setQuota(2027, "CCC", "M", { bibs: original.bibsUsed + 5, bibsUsed: original.bibsUsed });
    try {
      const ids: number[] = [];
      for (let i = 0; i < 20; i++) ids.push(await insertRequest({ runnerId: takeRunner("M").id, type: "category_change", from: "OCC", to: "CCC" }));
      const outcomes = await Promise.all(
        ids.map((requestId, i) =>
          decideRequest(database.db, i % 2 === 0 ? elite : admin, { requestId, decision: "approve", reason: `Approval ${i}` }),
        ),
      );
      const approved = outcomes.filter((o) => o.ok);
      const refused = outcomes.filter((o) => !o.ok);
      expect(approved).toHaveLength(5);
      expect(refused).toHaveLength(15);
      for (const r of refused) {
        expect(r).toEqual({ ok: false, error: "no-bib-left", quota: { editionYear: 2027, finalsRace: "CCC", sex: "M", bibs: original.bibsUsed + 5 } });
      }
      const after = await quota(2027, "CCC", "M");
      expect(after.bibsUsed).toBe(after.bibs);
      expect(after.bibsUsed).toBe(original.bibsUsed + 5);
      const statuses = await database.db.select({ status: requests.status }).from(requests).where(inArray(requests.id, ids));
      expect(statuses.filter((s) => s.status === "approved")).toHaveLength(5);
      expect(statuses.filter((s) => s.status === "submitted")).toHaveLength(15);
      const audits = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, "request"), inArray(auditEvents.entityId, ids.map(String))));
      expect(audits[0]?.n).toBe(5);
    } finally {
      const now = await quota(2027, "CCC", "M");
      await setQuota(2027, "CCC", "M", { bibs: Math.max(original.bibs, now.bibsUsed), bibsUsed: now.bibsUsed });
    }
  });
});

describe("approved requests change the runner's status for the right edition (R13)", () => {
  async function status(runnerId: number, today: string) {
    const d = await getRunnerDashboard(database.db, { runnerId, today });
    if (!d) throw new Error("no dashboard");
    return { year: d.edition.year, status: d.status };
  }

  it("category change: the new race is granted for the request's edition", async () => {
    const tomas = await storyRunnerId("score");
    expect((await status(tomas, TODAY)).status.OCC.status).toBe("not_qualified");
    const id = await insertRequest({ runnerId: tomas, type: "category_change", from: "CCC", to: "OCC" });
    expect(await decideRequest(database.db, elite, { requestId: id, decision: "approve", reason: "Shorter race after injury" })).toMatchObject({ ok: true });
    const s = await status(tomas, TODAY);
    expect(s.year).toBe(2027);
    expect(s.status.OCC.status).toBe("qualified");
    expect(s.status.OCC.reasons).toContainEqual(expect.objectContaining({ kind: "category_change", requestId: id }));
  });

  it("priority deferral (R15): approved for 2027, it qualifies the runner for 2028, not again for 2027", async () => {
    const kenji = await storyRunnerId("deferral");
    const nextSeason = "2027-09-15"; // the 2028 Finals are next
    expect((await status(kenji, nextSeason)).status.UTMB.status).toBe("not_qualified");
    const id = await insertRequest({ runnerId: kenji, type: "priority_deferral", from: "UTMB" });
    expect(await decideRequest(database.db, elite, { requestId: id, decision: "approve", reason: "Medical certificate checked" })).toMatchObject({
      ok: true,
      bib: null,
    });
    const s2028 = await status(kenji, nextSeason);
    expect(s2028.year).toBe(2028);
    expect(s2028.status.UTMB.status).toBe("qualified");
    expect(s2028.status.UTMB.reasons).toEqual([expect.objectContaining({ kind: "deferral", requestId: id })]);
    const s2027 = await status(kenji, TODAY);
    expect(s2027.status.UTMB.reasons.some((r) => r.kind === "deferral")).toBe(false);
  });

  it("extension (R16): approved for 2027, a result in the extended window qualifies for 2027 only", async () => {
    const hannah = await storyRunnerId("extension");
    // A CCC-qualifying score in the 2027 extended window (Jan 1 - Jun 30, 2027).
    const [event] = await database.db.insert(events).values({ name: "Review test trail", level: "event", year: 2027 }).returning({ id: events.id });
    const [race] = await database.db
      .insert(races)
      .values({ eventId: event?.id ?? 0, name: "Review 100K", date: "2027-03-14", distanceKm: 100, elevationGainM: 5000, category: "100K" })
      .returning({ id: races.id });
    const [result] = await database.db
      .insert(results)
      .values({ raceId: race?.id ?? 0, runnerId: hannah, bib: "R1", status: "finisher", timeSeconds: 40000, placeBySex: 5, finisherPlaceBySex: 5, utmbScore: 720 })
      .returning({ id: results.id });
    await database.db.insert(qualifications).values({
      editionYear: 2027,
      runnerId: hannah,
      resultId: result?.id ?? 0,
      raceId: race?.id ?? 0,
      finalsRace: "CCC",
      kind: "score",
      score: 720,
      threshold: 710,
    });
    const later = "2027-04-01";
    expect((await status(hannah, later)).status.CCC.status).toBe("not_qualified");

    const id = await insertRequest({ runnerId: hannah, type: "extension", to: "CCC" });
    expect(await decideRequest(database.db, elite, { requestId: id, decision: "approve", reason: "Injury documented" })).toMatchObject({ ok: true });
    const s = await status(hannah, later);
    expect(s.year).toBe(2027);
    expect(s.status.CCC.status).toBe("qualified");
    expect(s.status.CCC.reasons.map((r) => r.kind)).toEqual(["score", "extension"]);
    // No double qualification: nothing carries to 2028.
    expect((await status(hannah, "2027-09-15")).status.CCC.status).toBe("not_qualified");
  });
});

describe("quotas", () => {
  it("listQuotas: every race and sex of the edition with used and remaining; runners refused", async () => {
    const got = await listQuotas(database.db, elite, 2027);
    if (!got.ok) throw new Error(got.error);
    expect(got.quotas.map((q) => `${q.finalsRace}-${q.sex}`)).toEqual(["OCC-F", "OCC-M", "CCC-F", "CCC-M", "UTMB-F", "UTMB-M"]);
    for (const q of got.quotas) expect(q.remaining).toBe(q.bibs - q.bibsUsed);
    expect(await listQuotas(database.db, runnerViewer, 2027)).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("updateQuota: admin only, never below the bibs used, audited", async () => {
    await setQuota(2026, "OCC", "F", { bibs: 40, bibsUsed: 12 });
    expect(await updateQuota(database.db, elite, { editionYear: 2026, finalsRace: "OCC", sex: "F", bibs: 50 })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await updateQuota(database.db, runnerViewer, { editionYear: 2026, finalsRace: "OCC", sex: "F", bibs: 50 })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await updateQuota(database.db, admin, { editionYear: 2026, finalsRace: "OCC", sex: "F", bibs: 11 })).toEqual({
      ok: false,
      error: "below-used",
      quota: { editionYear: 2026, finalsRace: "OCC", sex: "F", bibsUsed: 12 },
    });
    expect(await updateQuota(database.db, admin, { editionYear: 1999, finalsRace: "OCC", sex: "F", bibs: 11 })).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await quota(2026, "OCC", "F")).toEqual({ bibs: 40, bibsUsed: 12 });
    const quotaAudit = () =>
      database.db
        .select({ action: auditEvents.action, details: auditEvents.details, actor: auditEvents.actorUserId })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, "finals_quota"), eq(auditEvents.entityId, "2026-OCC-F")));
    expect(await quotaAudit()).toEqual([]);

    expect(await updateQuota(database.db, admin, { editionYear: 2026, finalsRace: "OCC", sex: "F", bibs: 12 })).toEqual({
      ok: true,
      quota: { editionYear: 2026, finalsRace: "OCC", sex: "F", bibs: 12, bibsUsed: 12, remaining: 0 },
    });
    expect(await quotaAudit()).toEqual([
      { action: "quota_updated", actor: admin.id, details: { editionYear: 2026, finalsRace: "OCC", sex: "F", from: 40, to: 12, bibsUsed: 12 } },
    ]);
  });
});
