import { expect, test } from "@playwright/test";

test("the home page explains the portal and fits a phone screen", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /qualified for the UTMB World Series Finals/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How direct qualification works" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open my dashboard" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the health check answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status: string; database: string };
  expect(body).toMatchObject({ status: "ok", database: "pglite" });
});
