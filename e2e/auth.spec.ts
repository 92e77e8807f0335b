import type { Page } from "@playwright/test";
import type { StoryKey } from "../db/seed-data";
import { CHECK_YOUR_EMAIL, demoAccount, expect, expectNoHorizontalOverflow, signUpAndConfirm, test, type Fixtures } from "./fixtures";
import { firstLink, latestMail } from "./mailbox";

// Each project claims its own newcomer runners, that no demo account is linked to (a runner links once):
// this spec's own (e2e/runner-allotment.ts).
const STORY_FOR_PROJECT: Record<string, StoryKey> = { desktop: "newcomer_1", phone: "newcomer_2" };
const PASSWORD = "e2e-password-2027";

// Read-only here: a wrong password, a forgotten one, a sign-in; never a sign-out.
const demoRunner = { ...demoAccount("podium"), name: "Léa Fontaine" };

/** Fills and sends the sign-in form on the page shown (this spec is about that form). */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const CLAIM_RECEIVED = /If these details match a runner's record, an administrator will check them/;

/** The admin approves the pending claim of `email`, on a page of their own. */
async function approveClaim(pageAs: Fixtures["pageAs"], email: string, runnerName: string) {
  const adminPage = await pageAs("admin", "/admin/runners/link");
  await adminPage.getByRole("button", { name: `Approve the claim of ${email} to ${runnerName}` }).click();
  await expect(adminPage.getByText("Claim approved: the account is linked.")).toBeVisible();
}

test("a runner signs up, claims their runner profile, an admin approves, they sign out and in again", async ({ page, pageAs, ownRunner }, testInfo) => {
  const runner = ownRunner(STORY_FOR_PROJECT[testInfo.project.name] ?? "newcomer_1");
  const email = `e2e-${testInfo.project.name}-${Date.now()}@example.org`;

  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();

  // A mismatched confirmation is explained next to the field, and the other values are kept.
  await page.getByLabel("Your name").fill(runner.name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(`${PASSWORD}-typo`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The passwords do not match")).toBeVisible();
  await expect(page.getByLabel("Confirm password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  // The account works once the emailed link is opened (the answer is the same for a taken email).
  await expect(page.getByText(CHECK_YOUR_EMAIL)).toBeVisible();
  await page.goto("/sign-in");
  await signIn(page, email, PASSWORD);
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await page.goto(firstLink(await latestMail(email, /Confirm your Finals Portal account/)));
  await expect(page.getByText("Your account is confirmed.")).toBeVisible();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/link$/);
  await expect(page.getByRole("heading", { level: 1, name: "Link your runner profile" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  // The profile link is accepted in place of the id. The answer is the same whether the details match or
  // not (a wrong birth year files nothing); a match waits for an admin's approval.
  const slug = runner.name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, ".");
  await page.getByLabel("UTMB runner id").fill(`https://utmb.world/runner/${runner.externalId}.${slug}`);
  await page.getByLabel("Full name as in results").fill(runner.name.toUpperCase());
  await page.getByLabel("Birth year").fill(String(runner.birthYear + 1));
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText(CLAIM_RECEIVED)).toBeVisible();

  // The details are kept in the fields (a runner corrects a mistyped one and sends again).
  await expect(page.getByLabel("UTMB runner id")).toHaveValue(`https://utmb.world/runner/${runner.externalId}.${slug}`);
  await page.getByLabel("Birth year").fill(String(runner.birthYear));
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("button", { name: "Send for approval" })).toBeEnabled();
  await expect(page.getByText(CLAIM_RECEIVED)).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/account\/link$/);

  await approveClaim(pageAs, email, runner.name);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: runner.name })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: runner.name })).toBeVisible();
});

test("sign-up answers the same for a taken email, and mails its owner instead", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Email").fill(demoRunner.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(CHECK_YOUR_EMAIL)).toBeVisible();
  await latestMail(demoRunner.email, /You already have a Finals Portal account/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, demoRunner.email, `${demoRunner.password}-wrong`);
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue(demoRunner.email);
});

test("a signed-out visit to the dashboard goes to sign-in, then back to the dashboard", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await signIn(page, demoRunner.email, demoRunner.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: demoRunner.name })).toBeVisible();
});

test("forgot password answers the same for known and unknown emails", async ({ page }) => {
  const neutral = /If an account exists for this email, we have sent a link/;
  for (const email of [demoRunner.email, `nobody-${Date.now()}@example.org`]) {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText(neutral)).toBeVisible();
  }
});

// Admin linking claims another story runner per project than the sign-up test.
const ADMIN_STORY_FOR_PROJECT: Record<string, StoryKey> = { desktop: "newcomer_3", phone: "newcomer_4" };

test("only an admin can link an account to a runner", async ({ browser, pageAs, ownRunner }, testInfo) => {
  const runner = ownRunner(ADMIN_STORY_FOR_PROJECT[testInfo.project.name] ?? "newcomer_3");
  const email = `e2e-admin-linked-${testInfo.project.name}-${Date.now()}@example.org`;

  // A new account, in its own browser context.
  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signUpAndConfirm(newcomer, { name: runner.name, email, password: PASSWORD });
  await expect(newcomer).toHaveURL(/\/account\/link$/);

  // A runner does not even see that the page exists.
  await newcomer.goto("/admin/runners/link");
  await expect(newcomer.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  const page = await pageAs("admin", "/admin/runners/link");
  await expect(page.getByRole("heading", { level: 1, name: "Link an account to a runner" })).toBeVisible();
  await page.getByLabel("Account email").fill(email);
  await page.getByLabel("UTMB runner id").fill(runner.externalId);
  await page.getByLabel("Reason (optional)").fill("Identity checked by phone");
  await page.getByRole("button", { name: "Link account to runner" }).click();
  await expect(page.getByText(`Linked ${email} to runner ${runner.externalId}.`)).toBeVisible();

  // Linking the same runner again is refused.
  await page.getByLabel("Account email").fill(email);
  await page.getByLabel("UTMB runner id").fill(runner.externalId);
  await page.getByRole("button", { name: "Link account to runner" }).click();
  await expect(page.getByText("This account is already linked to a runner.")).toBeVisible();

  await newcomer.goto("/dashboard");
  await expect(newcomer.getByRole("heading", { level: 1, name: runner.name })).toBeVisible();
  await other.close();
});
