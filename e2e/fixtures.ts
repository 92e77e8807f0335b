/*
 * What every spec needs: the demo accounts by story or role, signing in through the form, and the checks
 * a page passes on every viewport (axe, no sideways scroll). Specs import `test` and `expect` from here.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, type StoryKey } from "../db/seed-data";

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
 * Signs in through the sign-in form and waits for `callbackUrl`. For specs that sign out or change a
 * password (which ends every session of that account) and for accounts made during the spec.
 */
export async function signIn(page: Page, who: AccountKey | Credentials, callbackUrl = "/dashboard") {
  const { email, password } = typeof who === "string" ? demoAccount(who) : who;
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password", { exact: true }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`${escapeForRegExp(callbackUrl)}$`));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
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

export const test = base;
export { expect };
