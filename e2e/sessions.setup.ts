/*
 * The setup project run before each project's specs: signs every demo account in once on that project's
 * server and stores its session (e2e/fixtures.ts sessionFile), so specs start signed in instead of each
 * copying a sign-in.
 */
import { SESSION_ACCOUNTS, sessionFile, signIn, test } from "./fixtures";

for (const who of SESSION_ACCOUNTS) {
  test(`sign in ${who}`, async ({ page, baseURL }) => {
    const landing = who === "elite" ? "/elite" : who === "admin" ? "/admin/imports" : "/dashboard";
    await signIn(page, who, landing);
    await page.context().storageState({ path: sessionFile(baseURL, who) });
  });
}
