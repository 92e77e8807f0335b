/*
 * What every spec needs: the demo accounts by story or role, signing in through the form, and the checks
 * a page passes on every viewport (axe, no sideways scroll). Specs import `test` and `expect` from here.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_STORIES, type DemoStory, type StoryKey } from "../db/seed-data";
import { firstLink, latestMail } from "./mailbox";
import { allottedRunner } from "./runner-allotment";

/** A demo runner by story, or the elite and admin accounts. */
export type AccountKey = StoryKey | "elite" | "admin";
export type Credentials = { email: string; password: string };

export function demoAccount(who: AccountKey): Credentials {
  const found = DEMO_ACCOUNTS.find((a) => (who === "elite" || who === "admin" ? a.role === who : a.runnerStory === who));
  if (!found) throw new Error(`no demo account for "${who}"`);
  return { email: found.email, password: found.password };
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Signs in through the sign-in form and waits for `callbackUrl`: for the setup project, for specs about
 * signing in, and for accounts made during a spec. Others start signed in (`signedInAs`, `pageAs`). Never
 * sign a demo account out: that ends every session of it, the stored one too.
 */
export async function signIn(page: Page, who: AccountKey | Credentials, callbackUrl = "/dashboard") {
  const { email, password } = typeof who === "string" ? demoAccount(who) : who;
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password", { exact: true }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`${escapeForRegExp(callbackUrl)}$`));
}

export const CHECK_YOUR_EMAIL = /Check your email: we have sent you a message to finish creating your account/;

/**
 * An account of the spec's own: signs up in `page`, opens the emailed confirmation link and signs in through
 * the form (a new account lands on /account/link). For flows that end sessions (sign-out, password change).
 */
export async function signUpAndConfirm(page: Page, account: Credentials & { name: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Confirm password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(CHECK_YOUR_EMAIL)).toBeVisible();
  await page.goto(firstLink(await latestMail(account.email, /Confirm your Finals Portal account/)));
  await expect(page.getByText("Your account is confirmed.")).toBeVisible();
  await signIn(page, account, "/account/link");
}

/** axe finds nothing on the page once it has arrived (Next streams the <title> with the page's metadata). */
export async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Every demo account: the setup project signs each in once per server and stores its session. */
export const SESSION_ACCOUNTS: readonly AccountKey[] = DEMO_ACCOUNTS.map((a) => (a.role === "runner" ? (a.runnerStory as StoryKey) : a.role));

/**
 * Where the setup project stores an account's session for the server at `baseURL` (each project has its own
 * server and database, so its own sessions). Git-ignored under test-results/.
 */
export function sessionFile(baseURL: string | undefined, who: AccountKey): string {
  const port = new URL(baseURL ?? "http://localhost").port;
  return path.join("test-results", "e2e-sessions", port, `${who}.json`);
}

export type Fixtures = {
  /** `test.use({ signedInAs: "elite" })`: the spec's page starts signed in with that account's stored session. */
  signedInAs: AccountKey | null;
  /**
   * A page of its own (its own browser context, this project's viewport and language) signed in as `who`,
   * opened at `path` when given.
   */
  pageAs: (who: AccountKey, path?: string) => Promise<Page>;
  /**
   * A runner this spec may write to (file or withdraw a request, have one decided) in this project, from
   * e2e/runner-allotment.ts: its story (name, UTMB id, results...) and its account when it has one.
   */
  ownRunner: (story: StoryKey) => OwnRunner;
};

export type OwnRunner = DemoStory & { story: StoryKey; account: Credentials | null };

// A fixture's second argument hands its value to the test (`provide`, Playwright's `use`).
export const test = base.extend<Fixtures>({
  signedInAs: [null, { option: true }],
  storageState: async ({ signedInAs, storageState, baseURL }, provide) => {
    await provide(signedInAs ? sessionFile(baseURL, signedInAs) : storageState);
  },
  pageAs: async ({ browser, baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, locale, userAgent }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (who, path) => {
      const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, locale, userAgent, storageState: sessionFile(baseURL, who) });
      contexts.push(context);
      const page = await context.newPage();
      if (path) await page.goto(path);
      return page;
    });
    for (const context of contexts) await context.close();
  },
  ownRunner: async ({}, provide, testInfo) => {
    await provide((story) => {
      allottedRunner(path.basename(testInfo.file), testInfo.project.name, story);
      const found = DEMO_STORIES.find((s) => s.key === story);
      if (!found) throw new Error(`no demo story "${story}"`);
      const account = DEMO_ACCOUNTS.find((a) => a.runnerStory === story);
      return { ...found, story, account: account ? { email: account.email, password: account.password } : null };
    });
  },
});
export { expect };
