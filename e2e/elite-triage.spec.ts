/*
 * The elite team at scale, on the 100 requests the e2e database is seeded with (db/seed-queue.ts: 50 women,
 * 50 men, all submitted). The desktop project triages the men's 50 and the phone project the women's 50,
 * with the keyboard only; rejections only, so no bib moves (elite-review.spec.ts counts them).
 */
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.use({ signedInAs: "elite" });

/** Tab until the element with `id` has the focus (the keyboard's way there). */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

test("on a 375 px phone the queue shows the first request in the first screen, with no sideways scrolling, and is axe clean", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/elite");
  const first = page.locator("a[data-queue-link='0']:visible");
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // The date range cannot be inverted: the field says why and the list stays as it was.
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByLabel("Submitted to").fill("2026-10-01");
  await page.getByLabel("Submitted from").fill("2026-11-01");
  await expect(page.getByText("The end date is before the start date")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("to")).toBe("2026-10-01");
  expect(new URL(page.url()).searchParams.get("from")).toBeNull();
});

test("an elite member triages 50 seeded requests with the keyboard only", async ({ page }, testInfo) => {
  const sex = testInfo.project.name === "phone" ? "F" : "M";
  // Submitted up to the seed's "today": the seeded requests only, not those the other specs file.
  const view = `sex=${sex}&to=2026-11-25&sort=submitted&dir=asc&pageSize=50`;
  await page.goto(`/elite?status=submitted&${view}`);
  await expect(page.getByText(/^50 requests · page 1 of 1/)).toBeVisible();

  // ? shows the help; Escape closes it.
  await page.locator("body").press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  // j moves through every request (the focus follows), x selects each one.
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press("j");
    await expect(page.locator(`a[data-queue-link='${i}']:visible`)).toBeFocused();
    await page.keyboard.press("x");
  }
  await page.keyboard.press("k");
  await expect(page.locator("a[data-queue-link='48']:visible")).toBeFocused();
  await expect(page.getByRole("button", { name: "Start review of 50 selected" })).toBeVisible();
  // s starts the review of the 50 at once.
  await page.keyboard.press("s");
  await expect(page.getByText("50 requests now in review.")).toBeVisible();
  await expect(page.getByText("No request matches these filters.")).toBeVisible();

  // The open queue: Enter opens the first; each is rejected from a template with "decide and open next".
  await page.goto(`/elite?${view}`);
  await expect(page.getByText(/in review by Camille Roux/).filter({ visible: true }).first()).toBeVisible();
  await page.locator("body").press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/elite\/requests\/\d+\?/);
  await expectNoAxeViolations(page);
  const seen = new Set<string>();
  for (let n = 0; n < 3; n++) {
    const url = page.url();
    seen.add(new URL(url).pathname);
    await expect(page.getByRole("heading", { name: "What the rule needs" })).toBeVisible();
    await tabTo(page, "decision-template");
    // The second template of every request type is a rejection.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Reason for the decision")).toHaveValue(/^Rejected: /);
    await expect(page.getByRole("radio", { name: "Reject" })).toBeChecked();
    await page.keyboard.press("Tab"); // the reason
    await page.keyboard.press("Tab"); // Record decision
    await page.keyboard.press("Tab"); // Decide and open next
    await expect(page.getByRole("button", { name: "Decide and open next" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(url);
    await expect(page).toHaveURL(new RegExp(`/elite/requests/\\d+\\?${view.replace(/[?]/g, "\\$&")}$`));
  }
  expect(seen.size).toBe(3);

  // The three rejections left the open view; the other 47 wait in review.
  await page.goto(`/elite?${view}`);
  await expect(page.getByText(/^47 requests · page 1 of 1/)).toBeVisible();
});

test("the bib ledger and its public summary show every edition's counts; the public page needs no sign-in", async ({ page }) => {
  await page.goto("/finals/bibs");
  await expect(page.getByRole("heading", { level: 1, name: "Finals bibs 2027" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "UTMB · Women" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Finals edition").selectOption("2026");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Finals bibs 2026" })).toBeVisible();

  await page.goto("/elite/ledger");
  await expect(page.getByRole("heading", { level: 1, name: "Bib ledger of the 2027 Finals" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Movements" })).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/api/elite/ledger?edition=2027&table=movements");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toBe("When (UTC),Movement,Finals race,Sex,Change,Request,Runner,Decided by,Reason");
});
