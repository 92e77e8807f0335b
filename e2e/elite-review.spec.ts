/*
 * The elite team's review, end to end, on the desktop and the phone projects.
 *
 * Demo runner allocation between specs (each project has its own server and database; within one, specs share it):
 *   - elite-review.spec.ts: on desktop Tomás Herrera files a change of category CCC -> OCC (approved), on
 *     phone Sofia Lindqvist files UTMB -> CCC (approved); on both Kenji Watanabe files a priority deferral
 *     (rejected, so he may file again). Nothing else may file a change of category for Tomás or Sofia.
 *   - runner-requests.spec.ts: Léa Fontaine (both projects), Hannah Whitaker (desktop) and Kenji (phone)
 *     file requests and withdraw them at the end.
 *   - elite-queue.spec.ts (both projects): read-only checks of the queue and quotas, and an admin quota
 *     edit of UTMB women only (a race and sex this spec never approves).
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../db/seed-data";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const APPROVE_REASON = "Approved: a bib is free in OCC and the reason given is convincing.";
const REJECT_REASON = "Rejected: the medical certificate does not cover the Finals dates.";

function account(email: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!found) throw new Error(`no demo account ${email}`);
  return found;
}

const KENJI = account("kenji.watanabe@example.com");
const ELITE = account("elite@example.com");

/** Who asks for which change of category, per project. */
const CHANGES = {
  desktop: { runner: account("tomas.herrera@example.com"), choice: "OCC instead of CCC", to: "OCC", sex: "men" },
  phone: { runner: account("sofia.lindqvist@example.com"), choice: "CCC instead of UTMB", to: "CCC", sex: "women" },
} as const;

function changeFor(projectName: string) {
  return CHANGES[projectName === "phone" ? "phone" : "desktop"];
}

async function signIn(page: Page, email: string, callbackUrl: string) {
  const { password } = account(email);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/\//g, "\\/")}$`));
}

/** Phones fold the queue's filters away behind a "Filters" button. */
async function openFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

function requestIdFrom(page: Page): number {
  const match = /\/requests\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a request page: ${page.url()}`);
  return Number(match[1]);
}

test.describe.serial("the elite team reviews requests and the runners see the outcome", () => {
  let changeId = 0;
  let deferralId = 0;

  test("runners file a change of category and a priority deferral", async ({ page }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    await signIn(page, change.runner.email, "/requests");
    await page.goto("/requests/new/category-change");
    await page.getByRole("radio", { name: change.choice }).check();
    await page.getByLabel("Why are you asking for this change?").fill(`A knee problem changes my season: ${change.to} suits me better this year.`);
    await page.getByLabel(/Supporting documents/).setInputFiles({ name: "physio-report.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Send my request" }).click();
    await expect(page).toHaveURL(/\/requests\/\d+$/);
    changeId = requestIdFrom(page);
    await signOut(page);

    await signIn(page, KENJI.email, "/requests");
    await page.goto("/requests/new/priority-deferral");
    await page.getByLabel("What happened?").fill("I broke my ankle in training in October and cannot run in August.");
    await page.getByLabel(/Medical certificate or other documents/).setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel(/I understand that a deferral moves my priority only/).check();
    await page.getByRole("button", { name: "Send my request" }).click();
    await expect(page).toHaveURL(/\/requests\/\d+$/);
    deferralId = requestIdFrom(page);
  });

  test("the elite member filters the queue, approves one request and rejects another with reasons", async ({ page }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    await signIn(page, ELITE.email, "/elite/quotas");
    await page.getByRole("banner").getByRole("link", { name: "Review queue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    // The seeded requests wait longer; newest first puts this test's two on the first page.
    await page.goto("/elite?sort=submitted");
    const tomasLink = page.getByRole("link", { name: `Change of category: ${change.runner.name}` });
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
    await expect(page.getByRole("heading", { level: 1, name: `Change of category: ${change.runner.name}` })).toBeVisible();
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

  test("the runners see both outcomes with the reasons, and the new qualification status", async ({ page }, testInfo) => {
    const change = changeFor(testInfo.project.name);
    await signIn(page, change.runner.email, "/requests");
    await page.goto(`/requests/${changeId}`);
    await expect(page.getByRole("heading", { name: /^Decision: approved/ })).toBeVisible();
    await expect(page.getByText(APPROVE_REASON).first()).toBeVisible();
    await page.goto("/dashboard");
    const target = page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^${change.to}`) }) });
    await expect(target.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(target.getByText("Change of category approved by the elite team.")).toBeVisible();
    await signOut(page);

    await signIn(page, KENJI.email, "/requests");
    await page.goto(`/requests/${deferralId}`);
    await expect(page.getByRole("heading", { name: /^Decision: rejected/ })).toBeVisible();
    await expect(page.getByText(REJECT_REASON).first()).toBeVisible();
    await page.goto("/dashboard");
    // Rejected: his UTMB place stays the podium one, with no deferral.
    const utmb = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^UTMB/ }) });
    await expect(utmb.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(utmb.getByText("Priority deferred from last year's Finals after an injury.")).toHaveCount(0);
  });
});
