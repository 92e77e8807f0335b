/**
 * The server refuses every request the rules do not allow, whatever the form sent (issue #15): the upload
 * route `POST /api/requests/[form]` called directly as Next calls it (signed out, wrong role, bad input,
 * refused by rule, success) with a real session cookie read by the app's own session code, and the data
 * layer called directly. Only Next's request context is stood in for.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { events, notifications, races, requests, results, runners, users } from "@/db/schema";
import { DEMO_STORIES, seedDatabase, type StoryKey } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { nextHeaders, signInAs as signInWith, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("PORTAL_TODAY", "2026-11-26");

let database: TestDatabase;
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

const TODAY = "2026-11-26";
const REASON = "I would like to race the longer distance this year after a strong season.";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const accounts = {} as Record<StoryKey | "elite" | "topElite", { userId: string; runnerId: number | null; role: "runner" | "elite" }>;

async function signInAs(who: keyof typeof accounts | null) {
  await signInWith(who === null ? null : { id: accounts[who].userId });
}

/** Posts a request form as a browser does; `emptyFile` adds the part an empty file input sends. */
async function post(form: string, fields: Record<string, string>, { documents = 0, emptyFile = false } = {}) {
  const { POST } = await import("@/app/api/requests/[form]/route");
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  for (let i = 0; i < documents; i++) body.append("documents", new File([PDF], `certificate-${i}.pdf`, { type: "application/pdf" }));
  if (emptyFile) body.append("documents", new File([], "", { type: "application/octet-stream" }));
  const request = new Request(`http://localhost/api/requests/${form}`, { method: "POST", body });
  const response = await POST(request as never, { params: Promise.resolve({ form }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function requestCount(runnerId: number | null) {
  const [row] = await database.db.select({ n: count() }).from(requests).where(eq(requests.runnerId, runnerId ?? -1));
  return row?.n ?? 0;
}

async function storyAccount(key: StoryKey) {
  const story = DEMO_STORIES.find((s) => s.key === key);
  const [runner] = await database.db.select({ id: runners.id, userId: runners.userId }).from(runners).where(eq(runners.externalId, story?.externalId ?? ""));
  if (!runner) throw new Error(`no story ${key}`);
  let userId = runner.userId;
  if (!userId) {
    const [user] = await database.db.insert(users).values({ email: `${key}@doors.example`, role: "runner" }).returning({ id: users.id });
    userId = user?.id ?? "";
    await database.db.update(runners).set({ userId }).where(eq(runners.id, runner.id));
  }
  return { userId, runnerId: runner.id, role: "runner" as const };
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "request_doors" });
  await seedDatabase(database.db, { runners: 300, results: 1200, today: TODAY });
  for (const key of ["podium", "age_group", "extension", "deferral", "not_qualified"] as const) accounts[key] = await storyAccount(key);
  const [elite] = await database.db.insert(users).values({ email: "elite@doors.example", role: "elite" }).returning({ id: users.id });
  accounts.elite = { userId: elite?.id ?? "", runnerId: null, role: "elite" };
  // R18: a runner in the top 5 of a Finals race of 2026 (the last Finals before the 2027 edition).
  const [top] = await database.db
    .select({ runnerId: results.runnerId, userId: runners.userId })
    .from(results)
    .innerJoin(races, eq(races.id, results.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .innerJoin(runners, eq(runners.id, results.runnerId))
    .where(and(eq(events.level, "finals"), eq(events.year, 2026), eq(results.status, "finisher"), eq(results.finisherPlaceBySex, 1)))
    .limit(1);
  if (!top) throw new Error("the seed has no Finals winner in 2026");
  const [user] = await database.db.insert(users).values({ email: "top@doors.example", role: "runner" }).returning({ id: users.id });
  await database.db.update(runners).set({ userId: user?.id ?? "" }).where(eq(runners.id, top.runnerId));
  accounts.topElite = { userId: user?.id ?? "", runnerId: top.runnerId, role: "runner" };
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("POST /api/requests/[form]: who may post", () => {
  it("answers 401 signed out and 403 to the elite team, and writes nothing", async () => {
    await signInAs(null);
    expect((await post("category-change", { move: "CCC:UTMB", reason: REASON })).status).toBe(401);
    await signInAs("elite");
    expect((await post("top-elite", { reason: REASON })).status).toBe(403);
    const [all] = await database.db.select({ n: count() }).from(requests);
    expect(all?.n).toBe(0);
  });

  it("answers 422 with the field for bad input, and 404 for a form that does not exist", async () => {
    await signInAs("podium");
    const bad = await post("category-change", { move: "CCC:UTMB", reason: "short" });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ status: "error", errors: { reason: [expect.stringContaining("at least")] } });
    // In the reader's language: the switch's cookie says French.
    (await nextHeaders.cookies()).set("NEXT_LOCALE", "fr");
    expect((await post("category-change", { move: "CCC:UTMB", reason: "short" })).body).toMatchObject({
      errors: { reason: ["Expliquez votre demande en au moins 20 caractères"] },
    });
    await signInAs("podium");
    const forged = await post("category-change", { move: "CCC:MONT-BLANC", reason: REASON });
    expect(forged.body).toMatchObject({ errors: { move: [expect.any(String)] } });
    expect((await post("lottery", { reason: REASON })).status).toBe(404);
    // Every problem at once: a short reason and the missing certificate of an extension (R16).
    await signInAs("extension");
    expect((await post("extension", { finalsRace: "CCC", reason: "short" })).body).toMatchObject({
      errors: { reason: [expect.any(String)] },
      failure: { error: "documents-required" },
    });
    await signInAs("podium");
    expect(await requestCount(accounts.podium.runnerId)).toBe(0);
  });
});

describe("POST /api/requests/[form]: refused by the rules, whatever the form sent", () => {
  const refused = (code: string, facts: Record<string, unknown> = {}) => ({ status: "error", failure: { error: "refused", refusal: { code, ...facts } } });

  it("R16: no extension for a race the runner is already qualified for (Léa, CCC)", async () => {
    await signInAs("podium");
    const answer = await post("extension", { finalsRace: "CCC", reason: REASON }, { documents: 1 });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject(refused("extension-already-qualified", { finalsRaces: ["CCC"] }));
  });

  it("R16: no extension without the score, nor for a race the score does not reach", async () => {
    await signInAs("not_qualified");
    expect((await post("extension", { finalsRace: "OCC", reason: REASON }, { documents: 1 })).body).toMatchObject(refused("extension-score-missing"));
    await signInAs("extension");
    expect((await post("extension", { finalsRace: "UTMB", reason: REASON }, { documents: 1 })).body).toMatchObject(
      refused("extension-race-not-allowed", { finalsRace: "UTMB", allowed: ["CCC"] }),
    );
  });

  it("R14: no change from an age-group place, from a race not qualified for, or two steps", async () => {
    await signInAs("age_group");
    expect((await post("category-change", { move: "UTMB:CCC", reason: REASON })).body).toMatchObject(refused("age-group-place", { finalsRace: "UTMB" }));
    await signInAs("not_qualified");
    expect((await post("category-change", { move: "CCC:UTMB", reason: REASON })).body).toMatchObject(refused("not-qualified", { finalsRace: "CCC" }));
    await signInAs("deferral");
    expect((await post("category-change", { move: "UTMB:OCC", reason: REASON })).body).toMatchObject(refused("not-adjacent"));
  });

  it("R15: no deferral without a registration; R18: no Top Elite below every threshold", async () => {
    await signInAs("podium");
    expect((await post("priority-deferral", { reason: REASON, confirm: "on" }, { documents: 1 })).body).toMatchObject(refused("no-registration", { editionYear: 2027 }));
    expect((await post("top-elite", { reason: REASON })).body).toMatchObject(refused("top-elite-not-reached"));
  });

  it("a required document missing says so (R15, R16), for an eligible runner", async () => {
    await signInAs("extension");
    const answer = await post("extension", { finalsRace: "CCC", reason: REASON }, { emptyFile: true });
    expect(answer).toEqual({ status: 422, body: { status: "error", failure: { error: "documents-required" }, values: { finalsRace: "CCC", reason: REASON } } });
    for (const key of ["podium", "age_group", "extension", "deferral", "not_qualified"] as const) expect(await requestCount(accounts[key].runnerId)).toBe(0);
  });
});

describe("POST /api/requests/[form]: what the rules allow is filed", () => {
  // Issue #15: an empty file input reached the server as a file named "undefined".
  it("a change of category without documents, the empty file input included (R14)", async () => {
    await signInAs("podium");
    const answer = await post("category-change", { move: "CCC:UTMB", reason: REASON }, { emptyFile: true });
    expect(answer).toEqual({ status: 200, body: { status: "success", redirectTo: expect.stringMatching(/^\/requests\/\d+$/) } });
    // The elite team is told once that it waits for them (R17).
    const requestId = Number(String(answer.body.redirectTo).split("/").at(-1));
    const told = await database.db.select({ userId: notifications.userId, kind: notifications.kind }).from(notifications).where(eq(notifications.subject, `request_submitted:${requestId}`));
    const team = await database.db.select({ id: users.id }).from(users).where(eq(users.role, "elite"));
    expect(told.map((t) => t.userId).sort()).toEqual(team.map((u) => u.id).sort());
    expect(told.map((t) => t.userId)).toContain(accounts.elite.userId);
    expect(new Set(told.map((t) => t.kind))).toEqual(new Set(["request_submitted"]));
    // One open request per type (R17): a second one is refused.
    expect((await post("category-change", { move: "CCC:OCC", reason: REASON })).body).toMatchObject(refused("already-open"));
  });

  it("an extension and a deferral with their certificate (R15, R16), and the Top Elite period without documents (R18)", async () => {
    await signInAs("extension");
    expect((await post("extension", { finalsRace: "CCC", reason: REASON }, { documents: 1 })).body).toMatchObject({ status: "success" });
    await signInAs("deferral");
    expect((await post("priority-deferral", { reason: REASON, confirm: "on" }, { documents: 1 })).body).toMatchObject({ status: "success" });
    await signInAs("topElite");
    expect((await post("top-elite", { reason: REASON })).body).toMatchObject({ status: "success" });
    const filed = await database.db.select({ type: requests.type, to: requests.toFinalsRace }).from(requests).where(eq(requests.runnerId, accounts.topElite.runnerId ?? -1));
    expect(filed).toEqual([{ type: "top_elite", to: null }]);
  });

  function refused(code: string) {
    return { status: "error", failure: { error: "refused", refusal: { code } } };
  }
});

describe("the data layer judges alike when called directly", () => {
  it("refuses the extension to a runner qualified for the race and files nothing", async () => {
    const { fileRequest } = await import("@/lib/data/request-writes");
    const lea = accounts.podium;
    const before = await requestCount(lea.runnerId);
    const result = await fileRequest(database.db, { userId: lea.userId, runnerId: lea.runnerId ?? -1 }, {
      asked: { type: "extension", finalsRace: "CCC" },
      reason: REASON,
      documents: [{ name: "c.pdf", bytes: PDF }],
      today: TODAY,
    });
    expect(result).toEqual({ ok: false, error: "refused", refusal: { code: "extension-already-qualified", finalsRaces: ["CCC"] } });
    expect(await requestCount(lea.runnerId)).toBe(before);
  });

  it("an approved Top Elite request widens the runner's period on the dashboard (R18)", async () => {
    const { getRunnerDashboard } = await import("@/lib/data/dashboard");
    const runnerId = accounts.topElite.runnerId ?? -1;
    expect((await getRunnerDashboard(database.db, { runnerId, today: TODAY }))?.edition.qualificationEnd).toBe("2026-12-31");
    // The elite team decides through the usual review (R17).
    const { decideRequest, startReview } = await import("@/lib/data/review-decisions");
    const [filed] = await database.db.select({ id: requests.id }).from(requests).where(eq(requests.runnerId, runnerId));
    const reviewer = { id: accounts.elite.userId, role: "elite" as const, runnerId: null };
    expect(await startReview(database.db, reviewer, filed?.id ?? 0)).toEqual({ ok: true });
    expect(await decideRequest(database.db, reviewer, { requestId: filed?.id ?? 0, decision: "approve", reason: "Top 5 at the Finals." })).toMatchObject({ ok: true });
    const widened = await getRunnerDashboard(database.db, { runnerId, today: TODAY });
    expect(widened?.edition).toMatchObject({ qualificationStart: "2026-01-01", qualificationEnd: "2027-06-30" });
  });
});
