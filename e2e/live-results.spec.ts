/*
 * The finish line (issue 13, R20): a timing feed pushes finishers one by one through the results API; the
 * runner, signed in on a phone, is provisionally qualified after their push, keeps it when a faster runner
 * pushed later moves them down the podium, and is qualified once the race is declared final, with exactly
 * one email per change. Each project has its own event, runner ids and account.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { firstLink, latestMail, mailsTo } from "./mailbox";

const PASSWORD = "e2e-live-password-2027";
const COLUMNS = "bib,name,country,age,sex,category,club,utmb_profile_url,utmb_index,rank_scratch,rank_sex,rank_category,race_time,race_time_seconds,is_finisher,status,utmb_score";

function feed(event: string, rows: string[]): string {
  return ["# Race: Live Trail 100K", "# Distance: 100 km", "# D+: 5000 m", "# Date: 2026-11-22", COLUMNS, ...rows].join("\n") + "\n";
}

function row(bib: number, name: string, externalId: number, time: string | null): string {
  const url = `https://utmb.world/runner/${externalId}.${name.toLowerCase().replace(/[^a-z]+/g, ".")}`;
  if (time === null) return `${bib},${name},FR,31,F,20-34W,,${url},610.0,,,,00:00:00,0,False,np,`;
  const [h, m, s] = time.split(":").map(Number) as [number, number, number];
  return `${bib},${name},FR,31,F,20-34W,,${url},610.0,,,,${time},${h * 3600 + m * 60 + s},True,f,`;
}

async function push(request: APIRequestContext, token: string, event: string, rows: string[], final = false) {
  const query = new URLSearchParams({ event, level: "event", category: "100K", partial: "true", ...(final ? { final: "true" } : {}) });
  const response = await request.post(`/api/v1/results?${query}`, {
    headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
    data: feed(event, rows),
  });
  expect(response.status(), await response.text()).toBe(200);
}

function cccCard(page: Page) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^CCC/ }) });
}

test("a live feed: provisionally qualified at the finish, the podium shifts, qualified when final; one email per change", async ({ browser, page, pageAs }, testInfo) => {
  test.slow(); // sign-up, two admin steps and five pushes on a busy 2-core machine
  const stamp = Date.now();
  const event = `Live Trail ${testInfo.project.name} ${stamp}`;
  const base = 9_700_000 + (stamp % 10_000) * 10 + (testInfo.project.name === "phone" ? 5 : 0);
  const runner = { id: base, name: `Amélie ${testInfo.project.name === "phone" ? "MOBILE" : "BUREAU"}` };
  const faster = { id: base + 1, name: "Zoé RAPIDE" };
  const email = `live-${testInfo.project.name}-${stamp}@example.org`;

  // The admin's part: a token for the timing provider, then the runner's account linked to their record.
  const adminPage = await pageAs("admin", "/admin/tokens");
  await adminPage.getByLabel("Provider name").fill(`Timing ${event}`);
  await adminPage.getByRole("button", { name: "Create token" }).click();
  const token = await adminPage.getByLabel("New token (shown once)").inputValue();
  expect(token).toMatch(/^fp_/);

  // On the start list: the feed knows the runner before she finishes (not started yet, no place).
  await push(page.request, token, event, [row(101, runner.name, runner.id, null)]);

  // She has an account, linked to her record by an admin.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(runner.name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(firstLink(await latestMail(email, /Confirm your Finals Portal account/)));
  await adminPage.goto("/admin/runners/link");
  await adminPage.getByLabel("Account email").fill(email);
  await adminPage.getByLabel("UTMB runner id").fill(String(runner.id));
  await adminPage.getByRole("button", { name: "Link account to runner" }).click();
  await expect(adminPage.getByText(`Linked ${email} to runner ${runner.id}.`)).toBeVisible();

  // She crosses the line first of the women: provisionally qualified for CCC, on her phone.
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const runnerPage = await phone.newPage();
  await push(page.request, token, event, [row(101, runner.name, runner.id, "11:30:00")]);
  await signIn(runnerPage, { email, password: PASSWORD }, "/dashboard");
  await expect(cccCard(runnerPage).getByText("Provisionally qualified", { exact: true })).toBeVisible();
  await expect(cccCard(runnerPage).getByText(/^1st of the women at Live Trail .*Provisional: the results are not final yet\.$/)).toBeVisible();
  expect((await latestMail(email, /^Subject: Provisionally qualified for CCC 2027$/)).length).toBeGreaterThan(0);

  // A faster woman of a later wave is pushed after her: she is second, still on the podium (top 3).
  await push(page.request, token, event, [row(102, faster.name, faster.id, "10:58:00")]);
  await runnerPage.reload();
  await expect(cccCard(runnerPage).getByText(/^2nd of the women at Live Trail .*Provisional: the results are not final yet\.$/)).toBeVisible();
  await expect(cccCard(runnerPage).getByText("Provisionally qualified", { exact: true })).toBeVisible();

  // The organiser declares the race final: qualified.
  await push(page.request, token, event, [row(101, runner.name, runner.id, "11:30:00")], true);
  await runnerPage.reload();
  await expect(cccCard(runnerPage).getByText("Qualified", { exact: true })).toBeVisible();
  await expect(cccCard(runnerPage).getByText(/^2nd of the women at Live Trail .*qualify\.$/)).toBeVisible();
  await latestMail(email, /^Subject: You are qualified for CCC 2027$/);

  // Exactly one email per change (and the sign-up confirmation).
  const subjects = mailsTo(email).map((mail) => mail.split("\n")[1]);
  expect(subjects.filter((s) => s !== "Subject: Confirm your Finals Portal account").sort()).toEqual([
    "Subject: Provisionally qualified for CCC 2027",
    "Subject: You are qualified for CCC 2027",
  ]);
  await phone.close();
});
