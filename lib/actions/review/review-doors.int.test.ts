/**
 * The elite team's doors called directly as Next calls them: the bulk "start review" and the decision
 * (server actions), the queue API, the ledger's CSV export and the documents route. Signed out, wrong role,
 * bad input, success. The session is a real cookie read by the app's own session code (see admin-doors).
 */
import { and, asc, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, requestDocuments, requests, runners, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedQueueRequests } from "@/db/seed-queue";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf as form, signInAs as signInWith, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("PORTAL_TODAY", "2026-11-26");

let database: TestDatabase;
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

type Who = "elite" | "admin" | "runner" | "owner";
const ids: Record<Who, string> = { elite: "doors-elite", admin: "doors-admin", runner: "doors-runner", owner: "doors-owner" };
let submitted: number[] = [];
let ownerRequest = 0;
let pdfId = 0;
let htmlId = 0;

async function signInAs(who: Who | null) {
  await signInWith(who === null ? null : { id: ids[who] });
}

async function statusOf(id: number) {
  const [row] = await database.db.select({ status: requests.status }).from(requests).where(eq(requests.id, id));
  return row?.status;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "review_doors" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: "2026-11-26" });
  await seedQueueRequests(database.db, { count: 12, today: "2026-11-26" });
  await database.db.insert(users).values(
    (Object.keys(ids) as Who[]).map((who) => ({ id: ids[who], email: `${who}@doors.example`, name: `Doors ${who}`, role: who === "owner" ? ("runner" as const) : who })),
  );
  submitted = (await database.db.select({ id: requests.id }).from(requests).orderBy(asc(requests.id))).map((r) => r.id);
  // The owner's runner: the first queued request's runner gets the owner's account.
  const [first] = await database.db.select({ id: requests.id, runnerId: requests.runnerId }).from(requests).orderBy(asc(requests.id)).limit(1);
  if (!first) throw new Error("no request");
  ownerRequest = first.id;
  await database.db.update(runners).set({ userId: ids.owner }).where(eq(runners.id, first.runnerId));
  const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
  const html = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");
  const docs = await database.db
    .insert(requestDocuments)
    .values([
      { requestId: first.id, uploadedBy: ids.owner, fileName: "certificate.pdf", mimeType: "application/pdf", sizeBytes: pdf.byteLength, content: pdf },
      // Stored before the content checks existed, or by a bug: it must never be served as HTML.
      { requestId: first.id, uploadedBy: ids.owner, fileName: "evil.html", mimeType: "text/html", sizeBytes: html.byteLength, content: html },
    ])
    .returning({ id: requestDocuments.id });
  pdfId = docs[0]?.id ?? 0;
  htmlId = docs[1]?.id ?? 0;
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("startReviewsAction (the queue's bulk start review)", () => {
  it("refuses a signed-out visitor and a runner, and changes nothing", async () => {
    const { startReviewsAction } = await import("./start-reviews");
    await signInAs(null);
    expect(await startReviewsAction({ status: "idle" }, form({ requestIds: String(submitted[1]) }))).toMatchObject({ status: "error", message: expect.stringContaining("session has ended") });
    await signInAs("runner");
    expect(await startReviewsAction({ status: "idle" }, form({ requestIds: String(submitted[1]) }))).toMatchObject({ status: "error", message: expect.stringContaining("not allowed") });
    expect(await statusOf(submitted[1] ?? 0)).toBe("submitted");
  });

  it("refuses bad ids with a field error", async () => {
    const { startReviewsAction } = await import("./start-reviews");
    await signInAs("elite");
    for (const requestIds of ["", "abc", "1,-2", "99999999999"]) {
      const state = await startReviewsAction({ status: "idle" }, form({ requestIds }));
      expect(state.status).toBe("error");
      expect(state.errors?.requestIds?.length).toBeGreaterThan(0);
    }
    const tooMany = Array.from({ length: 101 }, (_, i) => i + 1).join(",");
    expect((await startReviewsAction({ status: "idle" }, form({ requestIds: tooMany }))).errors?.requestIds).toEqual(["Select at most 100 requests"]);
  });

  it("takes the selected submitted requests into review in one go, audited per request; others are left", async () => {
    const { startReviewsAction } = await import("./start-reviews");
    await signInAs("elite");
    const picked = submitted.slice(1, 4);
    const state = await startReviewsAction({ status: "idle" }, form({ requestIds: [...picked, 2_000_000_000].join(",") }));
    expect(state).toMatchObject({ status: "success", message: "3 requests now in review. 1 request left as they were (already in review, decided or withdrawn)." });
    for (const id of picked) {
      expect(await statusOf(id)).toBe("in_review");
      const audit = await database.db.select({ actor: auditEvents.actorUserId }).from(auditEvents).where(and(eq(auditEvents.entityId, String(id)), eq(auditEvents.action, "review_started")));
      expect(audit).toEqual([{ actor: ids.elite }]);
    }
  });
});

describe("decideRequestAction", () => {
  it("refuses a runner, and a missing reason with a field error", async () => {
    const { decideRequestAction } = await import("./decide-request");
    await signInAs("runner");
    expect(await decideRequestAction({ status: "idle" }, form({ requestId: String(submitted[4]), decision: "reject", reason: "No" }))).toMatchObject({ status: "error", message: expect.stringContaining("not allowed") });
    await signInAs("elite");
    const state = await decideRequestAction({ status: "idle" }, form({ requestId: String(submitted[4]), decision: "reject", reason: "  " }));
    expect(state.errors?.reason).toEqual(["Give the reason for the decision; the runner will see it"]);
    expect(await statusOf(submitted[4] ?? 0)).toBe("submitted");
  });

  it("decides, and with 'decide and open next' goes to the next request of the same queue view", async () => {
    const { decideRequestAction } = await import("./decide-request");
    await signInAs("admin");
    const stay = await decideRequestAction({ status: "idle" }, form({ requestId: String(submitted[4]), decision: "reject", reason: "The certificate is missing.", then: "stay" }));
    expect(stay).toMatchObject({ status: "success", message: expect.stringContaining("Request rejected") });
    // The queue sorted oldest submitted first, open only: after deciding #5 the next one is #6.
    const queue = "sort=submitted&dir=asc";
    const next = decideRequestAction({ status: "idle" }, form({ requestId: String(submitted[5]), decision: "reject", reason: "Not documented.", then: "next", queue }));
    await expect(next).rejects.toMatchObject({ digest: expect.stringContaining(`/elite/requests/${submitted[6]}?sort=submitted&dir=asc`) });
    expect(await statusOf(submitted[5] ?? 0)).toBe("rejected");
  });
});

describe("GET /api/elite/requests (the queue API)", () => {
  const get = async (query: string) => {
    const { GET } = await import("@/app/api/elite/requests/route");
    return GET(new NextRequest(`http://localhost/api/elite/requests?${query}`));
  };

  it("answers 401, 403, 400 and the page with each row's facts", async () => {
    await signInAs(null);
    expect((await get("")).status).toBe(401);
    await signInAs("runner");
    expect((await get("")).status).toBe(403);
    await signInAs("elite");
    for (const [query, errors] of [
      ["from=2026-11-20&to=2026-11-01", { to: "The end date is before the start date" }],
      ["sort=name", { sort: "Unknown sort" }],
      ["pageSize=101", { pageSize: "At most 100 per page" }],
    ] as const) {
      const bad = await get(query);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: Record<string, string> }).errors).toEqual(errors);
    }
    const ok = await get("status=all&sort=margin&dir=desc&pageSize=100");
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { total: number; rows: { margin: number | null; eligibility: { eligible: boolean }; daysWaiting: number; reviewerName: string | null; status: string }[] };
    expect(body.total).toBe(submitted.length);
    const margins = body.rows.map((r) => r.margin).filter((m): m is number => m !== null);
    expect(margins).toEqual([...margins].sort((a, b) => b - a));
    expect(body.rows.filter((r) => r.status === "in_review").every((r) => r.reviewerName === "Doors elite")).toBe(true);
  });
});

describe("GET /api/elite/ledger (CSV)", () => {
  const get = async (query: string) => {
    const { GET } = await import("@/app/api/elite/ledger/route");
    return GET(new NextRequest(`http://localhost/api/elite/ledger?${query}`));
  };

  it("answers 401, 403 and 400, then a CSV whose formula cells are quoted as text", async () => {
    await signInAs(null);
    expect((await get("edition=2027")).status).toBe(401);
    await signInAs("owner");
    expect((await get("edition=2027")).status).toBe(403);
    await signInAs("admin");
    expect((await get("edition=1999")).status).toBe(400);
    expect((await get("edition=2027&table=names")).status).toBe(400);
    const { decideRequestAction } = await import("./decide-request");
    await decideRequestAction({ status: "idle" }, form({ requestId: String(submitted[7]), decision: "approve", reason: '=HYPERLINK("http://evil.example","x")' }));
    const csv = await get("edition=2027&table=movements");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="bib-ledger-2027-movements.csv"');
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const summary = await (await get("edition=2027")).text();
    expect(summary.split("\r\n")[0]).toBe("Finals race,Sex,Quota,Qualified,Registered,Changes in,Changes out,Deferrals in,Deferrals out,Extensions,Pending requests,Bibs used,Bibs left");
  });
});

describe("GET /requests/documents/[id]", () => {
  const get = async (id: number, query = "") => {
    const { GET } = await import("@/app/(runner)/requests/documents/[id]/route");
    return GET(new NextRequest(`http://localhost/requests/documents/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });
  };

  it("answers 404 signed out, to another runner and for an unknown id", async () => {
    await signInAs(null);
    expect((await get(pdfId)).status).toBe(404);
    await signInAs("runner");
    expect((await get(pdfId)).status).toBe(404);
    await signInAs("elite");
    expect((await get(2_000_000_000)).status).toBe(404);
  });

  it("shows a PDF inline to the elite team and its owner, sandboxed, and never serves HTML", async () => {
    for (const who of ["elite", "owner"] as const) {
      await signInAs(who);
      const pdf = await get(pdfId, "?inline=1");
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toMatch(/^inline; filename="certificate.pdf"/);
      expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
      expect(pdf.headers.get("content-security-policy")).toMatch(/^sandbox;/);
    }
    expect((await get(pdfId)).headers.get("content-disposition")).toMatch(/^attachment;/);
    const html = await get(htmlId, "?inline=1");
    expect(html.headers.get("content-type")).toBe("application/octet-stream");
    expect(html.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(html.headers.get("content-security-policy")).toMatch(/^sandbox;/);
    expect(ownerRequest).toBeGreaterThan(0);
  });
});

describe("updateQuotaAction (admins set the category-change bibs)", () => {
  it("refuses signed out and the elite team, refuses bad input, saves for an admin", async () => {
    const { updateQuotaAction } = await import("./update-quota");
    const values = { editionYear: "2027", finalsRace: "UTMB", sex: "M", bibs: "41" };
    await signInAs(null);
    expect((await updateQuotaAction({ status: "idle" }, form(values))).status).toBe("error");
    await signInAs("elite");
    expect(await updateQuotaAction({ status: "idle" }, form(values))).toMatchObject({ status: "error", message: expect.stringContaining("not allowed") });
    await signInAs("admin");
    expect((await updateQuotaAction({ status: "idle" }, form({ ...values, bibs: "-1" }))).errors?.bibs).toEqual(["The quota cannot be negative"]);
    expect(await updateQuotaAction({ status: "idle" }, form(values))).toMatchObject({ status: "success", message: "Saved: 41 bibs, 0 used, 41 left." });
  });
});
