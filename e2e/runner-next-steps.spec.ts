import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue #15 on the demo stories (2026-11-26, edition 2027), desktop and 375 px phone: the next step is in
// the first screen, the status says what matters, and requests that need no document are filed without
// one. This spec's own runners (e2e/runner-allotment.ts): Léa and Elena, whose requests are withdrawn.

function nextSteps(page: Page) {
  return page.getByRole("region", { name: "Your next steps" });
}

/** The first next step is wholly inside the first screen, whatever the viewport. */
async function expectFirstStepInFirstScreen(page: Page) {
  const first = nextSteps(page).getByRole("listitem").first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no layout");
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test("Léa (qualified for CCC): register and ask for a change first; the status block and results say why", async ({ pageAs }) => {
  const page = await pageAs("podium", "/dashboard");
  await expectFirstStepInFirstScreen(page);
  const steps = nextSteps(page).getByRole("listitem");
  await expect(steps.nth(0)).toContainText("Register for CCC");
  await expect(steps.nth(0)).toContainText("from 1 Dec 2026 · in 5 days");
  await expect(steps.nth(1)).toContainText("Ask for a change of category as soon as you are qualified (R14): qualified since 13 Jun 2026");
  await expect(page.getByText("You are qualified for CCC.")).toBeVisible();
  // The green card comes first, before the two races not qualified for.
  await expect(page.getByRole("article").first()).toContainText("CCC");
  await expect(page.getByText(/Qualifies for CCC \(2nd woman\)/).filter({ visible: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Hannah (eligible for the extension): told, with the deadline, the days left and the score that allows it", async ({ pageAs }) => {
  const page = await pageAs("extension", "/dashboard");
  await expectFirstStepInFirstScreen(page);
  const first = nextSteps(page).getByRole("listitem").first();
  await expect(first).toContainText("qualification extension for CCC");
  await expect(first).toContainText("UTMB Score 700");
  await expect(first).toContainText("by 30 Nov 2026 · 4 days left");
  await expectNoAxeViolations(page);
});

test("Kenji (registered for UTMB): the registration shows, and the deferral before the Finals", async ({ pageAs }) => {
  const page = await pageAs("deferral", "/dashboard");
  await expectFirstStepInFirstScreen(page);
  await expect(page.getByText("Registered for UTMB at the 2027 Finals.")).toBeVisible();
  await expect(nextSteps(page)).toContainText("Registered for UTMB and injured? Ask to defer your priority");
  await expect(nextSteps(page)).not.toContainText("Register for UTMB");
  await expectNoAxeViolations(page);
});

test("Pieter (a 20K win): the result says a 20K never qualifies; the races left for each Finals race", async ({ pageAs }) => {
  const page = await pageAs("not_qualified", "/dashboard");
  await expectFirstStepInFirstScreen(page);
  await expect(page.getByText("20K: never qualifies directly (R7)").filter({ visible: true }).first()).toBeVisible();
  await expect(nextSteps(page)).toContainText("for OCC, CCC, UTMB");
  await expectNoAxeViolations(page);
});

test("a change of category is filed without any document, then withdrawn after a confirmation", async ({ pageAs, ownRunner }) => {
  const page = await pageAs(ownRunner("podium").story, "/requests/new/category-change");
  await page.getByRole("radio", { name: "OCC instead of CCC" }).check();
  await page.getByLabel("Why are you asking for this change?").fill("I would rather race the OCC this year, closer to my strengths.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Change of category · CCC → OCC" })).toBeVisible();
  await expect(page.getByText("No document attached.")).toBeVisible();
  await page.getByRole("button", { name: "Withdraw this request" }).click();
  await expect(page.getByText(/This cannot be undone/)).toBeFocused();
  await page.getByRole("button", { name: "Yes, withdraw this request" }).click();
  await expect(page.getByText("Your request was withdrawn.")).toBeVisible();
});

test("Elena (4th at the UTMB Finals): Top Elite, asks for the 18-month period without any document, then withdraws it", async ({ pageAs, ownRunner }) => {
  const page = await pageAs(ownRunner("top_elite").story, "/dashboard");
  await expectFirstStepInFirstScreen(page);
  await expect(nextSteps(page)).toContainText("You are Top Elite (4th at UTMB): ask for the 18-month period, 1 Jan 2026 to 30 Jun 2027 (R18).");
  await nextSteps(page).getByRole("link", { name: "Ask for the Top Elite period" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask for the Top Elite period" })).toBeVisible();
  await expect(page.getByText(/4th at UTMB on 29 Aug 2026 \(top 5\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Why do you ask for the Top Elite period?").fill("I plan to race Transgrancanaria and Istria in the spring of 2027.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Top Elite period" })).toBeVisible();
  await expect(page.getByText("No document attached.")).toBeVisible();
  await page.getByRole("button", { name: "Withdraw this request" }).click();
  await page.getByRole("button", { name: "Yes, withdraw this request" }).click();
  await expect(page.getByText("Your request was withdrawn.")).toBeVisible();
});

test("the extension form asks for the missing certificate, moves focus to the summary and keeps the chosen file", async ({ pageAs }) => {
  const page = await pageAs("extension", "/requests/new/extension");
  await expect(page.getByText(/CCC|100K: UTMB Score 700/).first()).toBeVisible();
  await page.getByLabel("What kept you from qualifying?").fill("A stress fracture in February kept me out of racing all of 2026.");
  await page.getByRole("button", { name: "Send my application" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Your request was not sent" });
  await expect(summary).toBeFocused();
  await expect(page.getByText(/Attach at least one document, for example a medical certificate/)).toBeVisible();

  // A refused form keeps its files: a reason too short is refused, the file is still chosen.
  const documents = page.getByLabel("Medical certificate or other documents");
  await documents.setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByLabel("What kept you from qualifying?").fill("Too short");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Explain your request in at least 20 characters")).toBeVisible();
  await expect(summary).toBeFocused();
  expect(await documents.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(1);
});

test("the public runner page answers by UTMB runner id, with distance and D+ on each result", async ({ page }) => {
  await page.goto("/runners/u/9100001");
  await expect(page.getByRole("heading", { level: 1, name: "Léa Fontaine" })).toBeVisible();
  await expect(page.getByText(/110\u00a0km, 5,000\u00a0m D\+/).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText(/km-effort = distance in km \+ elevation gain/)).toBeVisible();
  expect((await page.goto("/runners/u/123abc"))?.status()).toBe(404);
});

test("a runner's header fits one row on a 375 px phone", async ({ pageAs }) => {
  const page = await pageAs("podium");
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/dashboard");
  const banner = await page.getByRole("banner").boundingBox();
  expect(banner?.height ?? 0).toBeLessThan(60);
  await expect(page.getByRole("banner").getByRole("link", { name: "My requests" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
