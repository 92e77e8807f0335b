/*
 * The elite section's access rules and phone layout (desktop and phone projects). Read-only for requests;
 * the only write is an admin quota edit of UTMB women, which elite-review.spec.ts never uses (see the
 * allocation at the top of that spec).
 */
import { expect, expectNoHorizontalOverflow, test } from "./fixtures";

test("the queue API answers 401 signed out and 403 to a runner; the pages are not there for a runner", async ({ page: signedOutPage, pageAs }) => {
  const signedOut = await signedOutPage.request.get("/api/elite/requests");
  expect(signedOut.status()).toBe(401);

  const page = await pageAs("podium", "/dashboard");
  const asRunner = await page.request.get("/api/elite/requests");
  expect(asRunner.status()).toBe(403);
  expect(await asRunner.json()).toMatchObject({ error: "forbidden" });
  await expect(page.getByRole("banner").getByRole("link", { name: "Review queue" })).toHaveCount(0);
  expect((await page.request.get("/api/elite/ledger?edition=2027")).status()).toBe(403);
  for (const path of ["/elite", "/elite/quotas", "/elite/ledger", "/elite/requests/1"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: /not found/i })).toBeVisible();
  }
});

test("the elite member's queue and quotas fit the screen, with labelled filters; quotas are read-only for them", async ({ pageAs }) => {
  const page = await pageAs("elite", "/elite");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  // Phones fold the filters away behind one button.
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
  for (const label of ["Runner name or id", "Type", "Status", "Edition", "Finals race", "Sex", "Per page", "Submitted from", "Submitted to"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/\d+ requests? · page \d+ of \d+/)).toBeVisible();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled();
  await expectNoHorizontalOverflow(page);

  const api = await page.request.get("/api/elite/requests?pageSize=101");
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ error: "invalid-filters", errors: { pageSize: "At most 100 per page" } });
  const badYear = await page.request.get("/api/elite/requests?edition=1999&q=Núñez");
  expect(await badYear.json()).toMatchObject({ errors: { edition: "Use a year from 2000 to 2100" } });
  const ok = await page.request.get("/api/elite/requests?status=all&pageSize=5");
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true, page: 1, pageSize: 5 });

  await page.getByRole("banner").getByRole("link", { name: "Quotas" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bib quotas for the 2027 Finals" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "UTMB · Women" })).toBeVisible();
  await expect(page.getByLabel(/^Bibs for /)).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
});

test("an admin changes a quota; a negative one is refused", async ({ pageAs }) => {
  const page = await pageAs("admin", "/elite/quotas");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "UTMB · Women" }) });
  const input = card.getByLabel("Bibs for UTMB women");
  await input.fill("-1");
  await card.getByRole("button", { name: /Save/ }).click();
  await expect(card.getByText("The quota cannot be negative")).toBeVisible();
  await input.fill("44");
  await card.getByRole("button", { name: /Save/ }).click();
  await expect(card.getByText(/Saved: 44 bibs, \d+ used, \d+ left\./)).toBeVisible();
  await expect(card.getByRole("definition").first()).toHaveText("44");
  await expectNoHorizontalOverflow(page);
});
