import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { DEMO_ACCOUNTS, DEMO_STORIES, seedDatabase, type StoryKey } from "@/db/seed";
import { auditEvents, requestDocuments, requests, runners, users } from "@/db/schema";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads/documents";
import { getDocumentForViewer, getRequestForViewer, getRequestOptions, listMyRequests } from "./requests";
import { addRequestComment, addRequestDocuments, fileRequest, withdrawRequest, type RequestActor } from "./request-writes";
import type { Db } from "@/db/client";
import type { UploadedFile } from "@/lib/uploads/documents";
import type { FinalsRace } from "@/lib/domain/types";

type Filing = { reason: string; documents: UploadedFile[]; today: string };
const createCategoryChangeRequest = (db: Db, actor: RequestActor, { from, to, ...input }: Filing & { from: FinalsRace; to: FinalsRace }) =>
  fileRequest(db, actor, { asked: { type: "category_change", from, to }, ...input });
const createPriorityDeferralRequest = (db: Db, actor: RequestActor, input: Filing) =>
  fileRequest(db, actor, { asked: { type: "priority_deferral" }, ...input });
const createExtensionRequest = (db: Db, actor: RequestActor, { finalsRace, ...input }: Filing & { finalsRace: FinalsRace }) =>
  fileRequest(db, actor, { asked: { type: "extension", finalsRace }, ...input });

const TODAY = "2026-11-26";
const REASON = "I would like to race the longer distance this year after a strong season.";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = new TextEncoder().encode("MZ\x90\x00\x03\x00\x00\x00\x04\x00This program cannot be run in DOS mode.");
const certificate = { name: "certificate.pdf", bytes: PDF };

let database: TestDatabase;
const actors = {} as Record<StoryKey, RequestActor>;

/** The story runner, with the demo account linked to it or a new account for this test. */
async function actorFor(key: StoryKey): Promise<RequestActor> {
  const story = DEMO_STORIES.find((s) => s.key === key);
  if (!story) throw new Error(`no story ${key}`);
  const [runner] = await database.db
    .select({ id: runners.id, userId: runners.userId })
    .from(runners)
    .where(eq(runners.externalId, story.externalId));
  if (!runner) throw new Error(`story runner ${key} not seeded`);
  if (runner.userId) return { runnerId: runner.id, userId: runner.userId };
  const [user] = await database.db
    .insert(users)
    .values({ email: `${key}@test.example`, name: story.name, role: "runner" })
    .returning({ id: users.id });
  if (!user) throw new Error("no user");
  await database.db.update(runners).set({ userId: user.id }).where(eq(runners.id, runner.id));
  return { runnerId: runner.id, userId: user.id };
}

async function counts() {
  const [r] = await database.db.select({ n: count() }).from(requests);
  const [d] = await database.db.select({ n: count() }).from(requestDocuments);
  const [a] = await database.db.select({ n: count() }).from(auditEvents);
  return { requests: r?.n, documents: d?.n, audit: a?.n };
}

/** Runs a refused operation and checks the refusal's code and facts, and that nothing changed. */
async function expectRefusal(run: () => Promise<unknown>, error: string, facts: Record<string, unknown> = {}) {
  const before = await counts();
  const result = await run();
  expect(result).toEqual({ ok: false, error, ...facts });
  expect(await counts()).toEqual(before);
}

const refusal = (r: Record<string, unknown>) => ({ refusal: r });

const viewerOf = (actor: RequestActor) => ({ role: "runner" as const, runnerId: actor.runnerId });
const elite = { role: "elite" as const, runnerId: null };

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "requests" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: TODAY });
  for (const key of ["podium", "score", "age_group", "extension", "deferral", "not_qualified", "exact"] as const) {
    actors[key] = await actorFor(key);
  }
  expect(DEMO_ACCOUNTS.some((a) => a.runnerStory === "podium")).toBe(true);
});
afterAll(async () => {
  await database.dispose();
});

describe("getRequestOptions", () => {
  it("offers a qualified runner one category up or down, and no deferral without a registration", async () => {
    const options = await getRequestOptions(database.db, { runnerId: actors.podium.runnerId, today: TODAY });
    expect(options?.editionYear).toBe(2027);
    expect(options?.categoryChange.eligibility).toEqual({ eligible: true });
    expect(options?.categoryChange.options).toEqual([
      {
        from: "CCC",
        targets: [
          { target: "OCC", eligibility: { eligible: true } },
          { target: "UTMB", eligibility: { eligible: true } },
        ],
      },
    ]);
    expect(options?.priorityDeferral.eligibility).toEqual({ eligible: false, refusal: { code: "no-registration", editionYear: 2027 } });
  });

  it("refuses an age-group place a change of category, with the reason", async () => {
    const options = await getRequestOptions(database.db, { runnerId: actors.age_group.runnerId, today: TODAY });
    expect(options?.categoryChange.eligibility).toEqual({ eligible: false, refusal: { code: "age-group-place", finalsRace: "UTMB" } });
  });

  it("says a runner with no qualification has nothing to change", async () => {
    const options = await getRequestOptions(database.db, { runnerId: actors.not_qualified.runnerId, today: TODAY });
    expect(options?.categoryChange.options).toEqual([]);
    expect(options?.categoryChange.eligibility).toEqual({ eligible: false, refusal: { code: "no-qualification", editionYear: 2027 } });
    expect(options?.extension.eligibility).toMatchObject({ eligible: false });
  });

  it("offers the deferral to a registered runner and the extension by score, with its deadline", async () => {
    const kenji = await getRequestOptions(database.db, { runnerId: actors.deferral.runnerId, today: TODAY });
    expect(kenji?.priorityDeferral).toMatchObject({ eligibility: { eligible: true }, registration: { finalsRace: "UTMB", status: "registered" } });
    const hannah = await getRequestOptions(database.db, { runnerId: actors.extension.runnerId, today: TODAY });
    expect(hannah?.extension).toMatchObject({ eligibility: { eligible: true }, finalsRaces: ["CCC"], deadline: "2026-11-30", windowEnd: "2027-06-30" });
    const late = await getRequestOptions(database.db, { runnerId: actors.extension.runnerId, today: "2026-12-01" });
    expect(late?.extension.eligibility).toEqual({ eligible: false, refusal: { code: "extension-closed", editionYear: 2027, deadline: "2026-11-30" } });
  });

  it("answers null for an unknown runner", async () => {
    expect(await getRequestOptions(database.db, { runnerId: 999_999, today: TODAY })).toBeNull();
  });
});

describe("refusals give a clear message and change nothing", () => {
  it("a category change from a race the runner is not qualified for (a 20K winner asking for OCC)", async () => {
    await expectRefusal(
      () => createCategoryChangeRequest(database.db, actors.not_qualified, { from: "CCC", to: "OCC", reason: REASON, documents: [], today: TODAY }),
      "refused",
      refusal({ code: "not-qualified", finalsRace: "CCC" }),
    );
  });

  it("a category change of two steps (UTMB to OCC)", async () => {
    await expectRefusal(
      () => createCategoryChangeRequest(database.db, actors.deferral, { from: "UTMB", to: "OCC", reason: REASON, documents: [], today: TODAY }),
      "refused",
      refusal({ code: "not-adjacent", from: "UTMB", to: "OCC", allowed: ["CCC"] }),
    );
  });

  it("a category change of an age-group place", async () => {
    await expectRefusal(
      () => createCategoryChangeRequest(database.db, actors.age_group, { from: "UTMB", to: "CCC", reason: REASON, documents: [], today: TODAY }),
      "refused",
      refusal({ code: "age-group-place", finalsRace: "UTMB" }),
    );
  });

  it("a deferral without a registration", async () => {
    await expectRefusal(
      () => createPriorityDeferralRequest(database.db, actors.podium, { reason: REASON, documents: [certificate], today: TODAY }),
      "refused",
      refusal({ code: "no-registration", editionYear: 2027 }),
    );
  });

  it("a deferral or an extension without a document", async () => {
    await expectRefusal(
      () => createPriorityDeferralRequest(database.db, actors.deferral, { reason: REASON, documents: [], today: TODAY }),
      "documents-required",
    );
  });

  it("an extension below the thresholds", async () => {
    await expectRefusal(
      () => createExtensionRequest(database.db, actors.not_qualified, { finalsRace: "OCC", reason: REASON, documents: [certificate], today: TODAY }),
      "refused",
      refusal({ code: "extension-score-missing", sex: "M", thresholds: { "50K": 830, "100K": 800, "100M": 760 } }),
    );
  });

  it("an extension after the deadline", async () => {
    await expectRefusal(
      () => createExtensionRequest(database.db, actors.extension, { finalsRace: "CCC", reason: REASON, documents: [certificate], today: "2026-12-01" }),
      "refused",
      refusal({ code: "extension-closed", editionYear: 2027, deadline: "2026-11-30" }),
    );
  });

  it("an extension for a category the scores do not reach", async () => {
    await expectRefusal(
      () => createExtensionRequest(database.db, actors.extension, { finalsRace: "UTMB", reason: REASON, documents: [certificate], today: TODAY }),
      "refused",
      refusal({ code: "extension-race-not-allowed", finalsRace: "UTMB", allowed: ["CCC"] }),
    );
  });

  it("an executable renamed .pdf", async () => {
    await expectRefusal(
      () =>
        createPriorityDeferralRequest(database.db, actors.deferral, { reason: REASON, documents: [{ name: "x.pdf", bytes: EXE }], today: TODAY }),
      "documents-invalid",
      { problem: { code: "not-a-document", file: "x.pdf" } },
    );
  });

  it("a file over 10 MB", async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    await expectRefusal(
      () => createPriorityDeferralRequest(database.db, actors.deferral, { reason: REASON, documents: [{ name: "scan.pdf", bytes: big }], today: TODAY }),
      "documents-invalid",
      { problem: { code: "too-large", file: "scan.pdf", limitBytes: MAX_DOCUMENT_BYTES } },
    );
  });

  it("six documents at once", async () => {
    await expectRefusal(
      () => createPriorityDeferralRequest(database.db, actors.deferral, { reason: REASON, documents: Array(6).fill(certificate), today: TODAY }),
      "documents-invalid",
      { problem: { code: "too-many", max: 5, left: 5 } },
    );
  });
});

describe("filing and following requests", () => {
  let leaRequestId = 0;

  it("files a change of category with a document, and records who and why", async () => {
    const result = await createCategoryChangeRequest(database.db, actors.podium, {
      from: "CCC",
      to: "UTMB",
      reason: REASON,
      documents: [certificate],
      today: TODAY,
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    leaRequestId = result.requestId;
    const detail = await getRequestForViewer(database.db, viewerOf(actors.podium), leaRequestId);
    expect(detail).toMatchObject({
      type: "category_change",
      status: "submitted",
      editionYear: 2027,
      fromFinalsRace: "CCC",
      toFinalsRace: "UTMB",
      reason: REASON,
      viewerIsOwner: true,
      isOpen: true,
      documents: [{ fileName: "certificate.pdf", mimeType: "application/pdf", sizeBytes: PDF.length }],
    });
    expect(detail?.history).toEqual([expect.objectContaining({ action: "submitted", reason: REASON, actorName: "Léa Fontaine", actorRole: "runner" })]);
  });

  it("refuses a second open change of category for the same edition", async () => {
    await expectRefusal(
      () => createCategoryChangeRequest(database.db, actors.podium, { from: "CCC", to: "OCC", reason: REASON, documents: [], today: TODAY }),
      "refused",
      refusal({ code: "already-open", type: "category_change", editionYear: 2027, requestId: leaRequestId }),
    );
    const options = await getRequestOptions(database.db, { runnerId: actors.podium.runnerId, today: TODAY });
    expect(options?.categoryChange.openRequestId).toBe(leaRequestId);
    expect(options?.categoryChange.eligibility.eligible).toBe(false);
  });

  it("files a priority deferral for the registered race and an extension for the category reached", async () => {
    const deferral = await createPriorityDeferralRequest(database.db, actors.deferral, { reason: REASON, documents: [certificate], today: TODAY });
    expect(deferral).toMatchObject({ ok: true });
    const extension = await createExtensionRequest(database.db, actors.extension, {
      finalsRace: "CCC",
      reason: REASON,
      documents: [{ name: "mri.png", bytes: PNG }],
      today: TODAY,
    });
    expect(extension).toMatchObject({ ok: true });
    if (!deferral.ok || !extension.ok) return;
    expect(await getRequestForViewer(database.db, viewerOf(actors.deferral), deferral.requestId)).toMatchObject({
      type: "priority_deferral",
      fromFinalsRace: "UTMB",
      toFinalsRace: null,
    });
    expect(await getRequestForViewer(database.db, viewerOf(actors.extension), extension.requestId)).toMatchObject({
      type: "extension",
      toFinalsRace: "CCC",
      documents: [expect.objectContaining({ fileName: "mri.png", mimeType: "image/png" })],
    });
  });

  it("adds the owner's comment and documents to the history", async () => {
    expect(await addRequestComment(database.db, actors.podium, { requestId: leaRequestId, comment: "My coach's letter follows." })).toEqual({ ok: true });
    expect(await addRequestDocuments(database.db, actors.podium, { requestId: leaRequestId, documents: [{ name: "letter.png", bytes: PNG }] })).toEqual({
      ok: true,
    });
    const detail = await getRequestForViewer(database.db, viewerOf(actors.podium), leaRequestId);
    expect(detail?.history.map((h) => h.action)).toEqual(["submitted", "commented", "document_added"]);
    expect(detail?.history[1]?.reason).toBe("My coach's letter follows.");
    expect(detail?.documents.map((d) => d.fileName)).toEqual(["certificate.pdf", "letter.png"]);
  });

  it("refuses a 6th document on a request", async () => {
    expect(
      await addRequestDocuments(database.db, actors.podium, { requestId: leaRequestId, documents: [certificate, certificate, certificate] }),
    ).toEqual({ ok: true });
    await expectRefusal(
      () => addRequestDocuments(database.db, actors.podium, { requestId: leaRequestId, documents: [certificate] }),
      "documents-invalid",
      { problem: { code: "too-many", max: 5, left: 0 } },
    );
  });

  it("lets the owner and the elite team download a document, nobody else", async () => {
    const detail = await getRequestForViewer(database.db, viewerOf(actors.podium), leaRequestId);
    const documentId = detail?.documents[0]?.id ?? 0;
    const file = await getDocumentForViewer(database.db, viewerOf(actors.podium), documentId);
    expect(file).toMatchObject({ fileName: "certificate.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(file?.content ?? []).equals(Buffer.from(PDF))).toBe(true);
    expect(await getDocumentForViewer(database.db, elite, documentId)).not.toBeNull();
    expect(await getDocumentForViewer(database.db, viewerOf(actors.score), documentId)).toBeNull();
    expect(await getDocumentForViewer(database.db, viewerOf(actors.score), 999_999)).toBeNull();
  });

  it("shows a request to its owner and the elite team only; a forged id is unknown", async () => {
    expect(await getRequestForViewer(database.db, elite, leaRequestId)).toMatchObject({ runnerName: "Léa Fontaine", viewerIsOwner: false });
    expect(await getRequestForViewer(database.db, viewerOf(actors.score), leaRequestId)).toBeNull();
    expect(await getRequestForViewer(database.db, viewerOf(actors.podium), 999_999)).toBeNull();
    expect(await getRequestForViewer(database.db, viewerOf(actors.podium), -1)).toBeNull();
  });

  it("refuses a forged request id for a comment, a document and a withdrawal", async () => {
    await expectRefusal(() => addRequestComment(database.db, actors.podium, { requestId: 999_999, comment: "Hello there" }), "request-not-found");
    await expectRefusal(
      () => addRequestDocuments(database.db, actors.podium, { requestId: 999_999, documents: [certificate] }),
      "request-not-found",
    );
    await expectRefusal(() => withdrawRequest(database.db, actors.podium, { requestId: 999_999 }), "request-not-found");
  });

  it("refuses a runner acting on another runner's request, as if it did not exist", async () => {
    const tomas = actors.score;
    await expectRefusal(() => addRequestComment(database.db, tomas, { requestId: leaRequestId, comment: "Not mine" }), "request-not-found");
    await expectRefusal(
      () => addRequestDocuments(database.db, tomas, { requestId: leaRequestId, documents: [{ name: "x.png", bytes: PNG }] }),
      "request-not-found",
    );
    await expectRefusal(() => withdrawRequest(database.db, tomas, { requestId: leaRequestId }), "request-not-found");
    expect((await getRequestForViewer(database.db, viewerOf(actors.podium), leaRequestId))?.status).toBe("submitted");
  });

  it("refuses an executable renamed .pdf added to an open request", async () => {
    await withdrawRequest(database.db, actors.podium, { requestId: leaRequestId });
    const filed = await createCategoryChangeRequest(database.db, actors.podium, { from: "CCC", to: "OCC", reason: REASON, documents: [], today: TODAY });
    expect(filed).toMatchObject({ ok: true });
    if (!filed.ok) return;
    await expectRefusal(
      () => addRequestDocuments(database.db, actors.podium, { requestId: filed.requestId, documents: [{ name: "x.pdf", bytes: EXE }] }),
      "documents-invalid",
      { problem: { code: "not-a-document", file: "x.pdf" } },
    );
  });

  it("withdraws until a decision, then refuses any change", async () => {
    const detail = await getRequestForViewer(database.db, viewerOf(actors.podium), leaRequestId);
    expect(detail).toMatchObject({ status: "withdrawn", isOpen: false });
    expect(detail?.history.at(-1)).toMatchObject({ action: "withdrawn", actorName: "Léa Fontaine" });
    await expectRefusal(
      () => withdrawRequest(database.db, actors.podium, { requestId: leaRequestId }),
      "request-closed",
      { status: "withdrawn" },
    );
    await expectRefusal(
      () => addRequestComment(database.db, actors.podium, { requestId: leaRequestId, comment: "One more thing" }),
      "request-closed",
      { status: "withdrawn" },
    );
    await expectRefusal(
      () => addRequestDocuments(database.db, actors.podium, { requestId: leaRequestId, documents: [certificate] }),
      "request-closed",
      { status: "withdrawn" },
    );
  });

  it("refuses to withdraw a decided request", async () => {
    const filed = await createCategoryChangeRequest(database.db, actors.score, { from: "CCC", to: "OCC", reason: REASON, documents: [], today: TODAY });
    if (!filed.ok) throw new Error(filed.error);
    await database.db.update(requests).set({ status: "rejected", decidedAt: new Date(), decisionReason: "No bibs left." }).where(eq(requests.id, filed.requestId));
    await expectRefusal(
      () => withdrawRequest(database.db, actors.score, { requestId: filed.requestId }),
      "request-closed",
      { status: "rejected" },
    );
    expect(await getRequestForViewer(database.db, viewerOf(actors.score), filed.requestId)).toMatchObject({ decisionReason: "No bibs left." });
  });

  it("lists the runner's own requests, newest first", async () => {
    const list = await listMyRequests(database.db, { runnerId: actors.podium.runnerId });
    expect(list.map((r) => r.id)).toEqual([...list.map((r) => r.id)].sort((a, b) => b - a));
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ type: "category_change", status: "submitted", toFinalsRace: "OCC", documentCount: 0 });
    expect(list[1]).toMatchObject({ status: "withdrawn", documentCount: 5 });
    expect(await listMyRequests(database.db, { runnerId: actors.not_qualified.runnerId })).toEqual([]);
  });
});

describe("concurrency", () => {
  it("two filings at the same moment give one open request per type", async () => {
    const sofia = actors.exact;
    const file = () => createCategoryChangeRequest(database.db, sofia, { from: "UTMB", to: "CCC", reason: REASON, documents: [], today: TODAY });
    const outcomes = await Promise.all([file(), file(), file()]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => (o.ok ? null : o.error === "refused" ? o.refusal.code : o.error))).toEqual([
      "already-open",
      "already-open",
    ]);
    const open = (await listMyRequests(database.db, { runnerId: sofia.runnerId })).filter((r) => r.status === "submitted");
    expect(open).toHaveLength(1);
  });

  it("two uploads at the same moment never pass 5 documents", async () => {
    const sofia = actors.exact;
    const [open] = await listMyRequests(database.db, { runnerId: sofia.runnerId });
    if (!open) throw new Error("no request");
    const upload = () => addRequestDocuments(database.db, sofia, { requestId: open.id, documents: [certificate, certificate, certificate] });
    const outcomes = await Promise.all([upload(), upload()]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const [attached] = await database.db.select({ n: count() }).from(requestDocuments).where(eq(requestDocuments.requestId, open.id));
    expect(attached?.n).toBe(3);
  });
});
