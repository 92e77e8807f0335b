/*
 * The elite team's review, end to end, on the desktop and the phone projects: on desktop Tomás Herrera asks
 * for a change of category CCC -> OCC, on phone Sofia Lindqvist UTMB -> CCC (approved); on both Kenji
 * Watanabe asks for a priority deferral (rejected). The runners are this spec's own (e2e/runner-allotment.ts).
 */
import type { Page } from "@playwright/test";
import type { StoryKey } from "../db/seed-data";
import { expect, test } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const APPROVE_REASON = "Approved: a bib is free in OCC and the reason given is convincing.";
const REJECT_REASON = "Rejected: the medical certificate does not cover the Finals dates.";

/** Who asks for which change of category, per project. */
const CHANGES: Record<string, { story: StoryKey; choice: string; to: string; sex: string }> = {
  desktop: { story: "score", choice: "OCC instead of CCC", to: "OCC", sex: "men" },
  phone: { story: "exact", choice: "CCC instead of UTMB", to: "CCC", sex: "women" },
};

function changeFor(projectName: string) {
  return CHANGES[projectName === "phone" ? "phone" : "desktop"] ?? CHANGES.desktop!;
}

/** Phones fold the queue's filters away behind a "Filters" button. */
async function openFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

function requestIdFrom(page: Page): number {
  const match = /\/requests\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a request page: ${page.url()}`);
  return Number(match[1]);
}

test.describe.serial("the elite team reviews requests and the runners see the outcome", () => {
  let changeId = 0;
  let deferralId = 0;

  test("runners file a change of category and a priority deferral", async ({ pageAs, ownRunner }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    const page = await pageAs(ownRunner(change.story).story, "/requests/new/category-change");
    await page.getByRole("radio", { name: change.choice }).check();
    await page.getByLabel("Why are you asking for this change?").fill(`A knee problem changes my season: ${change.to} suits me better this year.`);
    await page.getByLabel(/Supporting documents/).setInputFiles({ name: "physio-report.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Send my request" }).click();
    await expect(page).toHaveURL(/\/requests\/\d+$/);
    changeId = requestIdFrom(page);

    const kenji = await pageAs(ownRunner("deferral").story, "/requests/new/priority-deferral");
    await kenji.getByLabel("What happened?").fill("I broke my ankle in training in October and cannot run in August.");
    await kenji.getByLabel(/Medical certificate or other documents/).setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF });
    await kenji.getByLabel(/I understand that a deferral moves my priority only/).check();
    await kenji.getByRole("button", { name: "Send my request" }).click();
    await expect(kenji).toHaveURL(/\/requests\/\d+$/);
    deferralId = requestIdFrom(kenji);
  });

  test("the elite member filters the queue, approves one request and rejects another with reasons", async ({ pageAs, ownRunner }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    const runner = ownRunner(change.story);
    const page = await pageAs("elite", "/elite/quotas");
    await page.getByRole("banner").getByRole("link", { name: "Review queue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    // The seeded requests wait longer; newest first puts this test's two on the first page.
    await page.goto("/elite?sort=submitted");
    const tomasLink = page.getByRole("link", { name: `Change of category: ${runner.name}` });
    const kenjiLink = page.getByRole("link", { name: "Priority deferral: Kenji Watanabe" });
    await expect(tomasLink).toBeVisible();
    await expect(kenjiLink).toBeVisible();

    // Filters apply as they are chosen; the URL carries them (a shareable view). On phones they fold away.
    await openFilters(page);
    await page.getByLabel("Type").selectOption("category_change");
    await expect(page).toHaveURL(/[?&]type=category_change/);
    await expect(kenjiLink).toHaveCount(0);
    await expect(tomasLink).toBeVisible();

    // Search by runner (any case) as it is typed, after clearing the type.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await openFilters(page);
    await page.getByLabel("Runner name or id").fill("watanabe");
    await expect(page).toHaveURL(/[?&]q=watanabe/);
    await expect(tomasLink).toHaveCount(0);
    await expect(kenjiLink).toBeVisible();

    // The shared link opens the same filtered view.
    await page.reload();
    await openFilters(page);
    await expect(page.getByLabel("Runner name or id")).toHaveValue("watanabe");
    await expect(kenjiLink).toBeVisible();
    await expect(tomasLink).toHaveCount(0);

    // Approve the change of category: one bib of the target race and sex is used.
    await page.goto("/elite?sort=submitted");
    await tomasLink.click();
    await expect(page).toHaveURL(new RegExp(`/elite/requests/${changeId}\\?sort=submitted$`));
    await expect(page.getByRole("heading", { level: 1, name: `Change of category: ${runner.name}` })).toBeVisible();
    await expect(page.getByText(`40 of 40 bibs left in ${change.to} for ${change.sex}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "physio-report.pdf (opens in a new tab)" })).toHaveAttribute("href", /^\/requests\/documents\/\d+\?inline=1$/);
    await expect(page.getByRole("heading", { name: /the runner's qualifications/ })).toBeVisible();
    await page.getByRole("radio", { name: "Approve" }).check();
    await page.getByLabel("Reason for the decision").fill(APPROVE_REASON);
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText(/^Approved by Camille Roux on /)).toBeVisible();
    await expect(page.getByText(`Reason: ${APPROVE_REASON}`)).toBeVisible();
    await expect(page.getByText(`39 of 40 bibs left in ${change.to} for ${change.sex}`)).toBeVisible();
    await expect(page.getByRole("radio", { name: "Approve" })).toHaveCount(0);

    // Reject the deferral: the reason is required first.
    await page.goto("/elite?q=Watanabe");
    await kenjiLink.click();
    await expect(page).toHaveURL(new RegExp(`/elite/requests/${deferralId}\\?q=Watanabe$`));
    await expect(page.getByRole("link", { name: "certificate.pdf (opens in a new tab)" })).toBeVisible();
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByText("The request is now in review.").or(page.getByText("In review", { exact: true }).first())).toBeVisible();
    await page.getByRole("radio", { name: "Reject" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Give the reason for the decision; the runner will see it")).toBeVisible();
    await expect(page.getByLabel("Reason for the decision")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Reason for the decision").fill(REJECT_REASON);
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText(/^Rejected by Camille Roux on /)).toBeVisible();
    await expect(page.getByText(`Reason: ${REJECT_REASON}`)).toBeVisible();

    // Both are out of the open queue.
    await page.goto("/elite?sort=submitted");
    await expect(page.getByText(/\d+ requests? · page 1 of \d+/)).toBeVisible();
    await expect(tomasLink).toHaveCount(0);
    await expect(kenjiLink).toHaveCount(0);
    await openFilters(page);
    await page.getByLabel("Status").selectOption("approved");
    await expect(tomasLink).toBeVisible();
  });

  test("the runners see both outcomes with the reasons, and the new qualification status", async ({ pageAs, ownRunner }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    const page = await pageAs(ownRunner(change.story).story, `/requests/${changeId}`);
    await expect(page.getByRole("heading", { name: /^Decision: approved/ })).toBeVisible();
    await expect(page.getByText(APPROVE_REASON).first()).toBeVisible();
    await page.goto("/dashboard");
    const target = page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^${change.to}`) }) });
    await expect(target.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(target.getByText("Change of category approved by the elite team.")).toBeVisible();

    const kenji = await pageAs(ownRunner("deferral").story, `/requests/${deferralId}`);
    await expect(kenji.getByRole("heading", { name: /^Decision: rejected/ })).toBeVisible();
    await expect(kenji.getByText(REJECT_REASON).first()).toBeVisible();
    await kenji.goto("/dashboard");
    // Rejected: his UTMB place stays the podium one, with no deferral.
    const utmb = kenji.getByRole("article").filter({ has: kenji.getByRole("heading", { name: /^UTMB/ }) });
    await expect(utmb.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(utmb.getByText("Priority deferred from last year's Finals after an injury.")).toHaveCount(0);
  });
});
