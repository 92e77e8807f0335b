import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Read-only flows on the demo accounts (statuses as seen on 2026-11-26, edition 2027); other specs may
// file requests for some of these runners, which adds reasons but never removes the ones checked here.

function finalsCard(page: Page, name: RegExp) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name }) });
}

test("podium story: qualified for CCC by a podium place, with the race and place", async ({ pageAs }) => {
  const page = await pageAs("podium", "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Léa Fontaine" })).toBeVisible();
  await expect(page.getByText("You are qualified for CCC.")).toBeVisible();
  const ccc = finalsCard(page, /^CCC/);
  await expect(ccc.getByText("Qualified", { exact: true })).toBeVisible();
  await expect(ccc.getByText(/2nd of the women at Mozart 100 by UTMB, Mozart 100 .*top 3 at a World Series Event qualify/)).toBeVisible();
  await expect(finalsCard(page, /^OCC/).getByText("Not qualified yet")).toBeVisible();
});

test("score story: qualified for CCC by a score at or above the threshold", async ({ pageAs }) => {
  const page = await pageAs("score", "/dashboard");
  const ccc = finalsCard(page, /^CCC/);
  await expect(ccc.getByText("Qualified", { exact: true })).toBeVisible();
  await expect(ccc.getByText(/UTMB Score 862 at .*at or above the threshold of 850/)).toBeVisible();
});

test("just below the threshold: not qualified, with the closest score and place", async ({ pageAs }) => {
  const page = await pageAs("below", "/dashboard");
  await expect(page.getByText("You are not qualified for the Finals yet.")).toBeVisible();
  const occ = finalsCard(page, /^OCC/);
  await expect(occ.getByText("Not qualified yet")).toBeVisible();
  await expect(occ.getByText(/Best score: 724 at .*6 points below the threshold of 730/)).toBeVisible();
  await expect(occ.getByText(/Best place: 5th at .*top 3 qualify/)).toBeVisible();
  await expect(occ.getByText(/Still possible until 31 Dec 2026/)).toBeVisible();
});

test("not qualified: a 20K win qualifies for nothing; every Finals race says what is missing", async ({ pageAs }) => {
  const page = await pageAs("not_qualified", "/dashboard");
  for (const race of [/^OCC/, /^CCC/, /^UTMB/]) {
    await expect(finalsCard(page, race).getByText("Not qualified yet")).toBeVisible();
  }
  await expect(finalsCard(page, /^OCC/).getByText(/Best score: 700 at .*170 points below the threshold of 870/)).toBeVisible();
  // The 20K win is listed among the results, but counts for no Finals race.
  await expect(page.getByText(/Kodiak 20K/).filter({ visible: true }).first()).toBeVisible();
});

test("the dashboard shows the index, the counted results, the chart summary and fits the screen", async ({ pageAs }) => {
  const page = await pageAs("score", "/dashboard");
  await expect(page.getByRole("heading", { name: "UTMB Index" })).toBeVisible();
  await expect(page.getByText("How your index is computed")).toBeVisible();
  await page.getByText("How your index is computed").click();
  await expect(page.getByText(/keep the highest value, so a bad race never lowers it/)).toBeVisible();
  await expect(page.getByText(/Counts( toward)?: General/).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Scores over time" })).toBeVisible();
  await expect(page.getByText(/scored results? from .*; best \d+, latest \d+/)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Tap targets: every link and button in the main area is at least 44 px high.
  const small = await page.locator("main a:visible, main button:visible, main summary:visible").evaluateAll((els) =>
    els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.textContent?.trim()),
  );
  expect(small).toEqual([]);
});

test("the dashboard has no serious or critical accessibility violation", async ({ pageAs }) => {
  const page = await pageAs("podium", "/dashboard");
  // Scan with the lazily loaded chart in place (it loads when it comes near the screen), and with the index
  // explanation open.
  await page.getByRole("heading", { name: "Scores over time" }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("score-chart").locator("canvas")).toBeVisible();
  await page.getByText("How your index is computed").click();
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("on a phone, the chart is fetched only when it comes near the screen, and names a race on touch", async ({ pageAs }) => {
  const page = await pageAs("podium");
  // A phone's screen in both projects: on a wide screen the chart is near the first screen and loads at once.
  await page.setViewportSize({ width: 375, height: 740 });
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Scores over time" })).toBeAttached();
  await page.waitForLoadState("networkidle");
  const scriptsBeforeScroll = scripts.length;
  await expect(page.getByTestId("score-chart")).toHaveCount(0);
  await page.getByRole("heading", { name: "Scores over time" }).scrollIntoViewIfNeeded();
  const chart = page.getByTestId("score-chart");
  await expect(chart.locator("canvas")).toBeVisible();
  expect(scripts.length).toBeGreaterThan(scriptsBeforeScroll);
  // Touching the plot names the nearest race above it.
  const box = await chart.locator(".u-over").boundingBox();
  if (!box) throw new Error("the chart has no plot area");
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect(page.getByText(/ · \d{1,2} \w{3,4} \d{4} · \d+$/)).toBeVisible();
});

test("another runner cannot open a runner's private dashboard by URL; the public page shows no private data", async ({ pageAs }) => {
  const page = await pageAs("podium", "/dashboard");
  const href = await page.getByRole("link", { name: "Public runner page" }).getAttribute("href");
  expect(href).toMatch(/^\/runners\/\d+$/);
  await page.goto(`${href}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "Léa Fontaine" })).toBeVisible();

  const other = await pageAs("below");
  const response = await other.goto(`${href}/dashboard`);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(other.getByText("Léa Fontaine")).toHaveCount(0);

  await other.goto(href ?? "/");
  await expect(other.getByRole("heading", { level: 1, name: "Léa Fontaine" })).toBeVisible();
  await expect(other.getByRole("heading", { name: "UTMB Index" })).toBeVisible();
  await expect(other.getByText(/Runner id/)).toHaveCount(0);
  await expect(other.getByText(/@example\.com/)).toHaveCount(0);
  await expect(other.getByRole("heading", { name: /Finals: your qualification/ })).toHaveCount(0);
});
