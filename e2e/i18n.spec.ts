import type { Page } from "@playwright/test";
import { demoAccount, expect, expectNoAxeViolations, test } from "./fixtures";
import { firstLink, latestMail } from "./mailbox";

// A French browser, nothing chosen yet: the portal answers in French until the switch says otherwise.
test.use({ locale: "fr-FR" });

/** The header's items all sit on one row: their tops are within a few pixels of each other. */
async function expectHeaderOnOneRow(page: Page) {
  const tops = await page
    .getByRole("banner")
    .locator("nav > a, nav > div > *")
    .evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(1);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(8);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a French browser gets the sign-in and home pages in French, and the switch to English is remembered", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toBeVisible();
  await expect(page).toHaveTitle("Connexion · Finals Portal");

  // zod's messages come back in French too.
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse e-mail")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Êtes-vous qualifié pour les Finales des UTMB World Series ?" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^FR/ })).toHaveAttribute("aria-pressed", "true");

  // The switch keeps the page and changes its language.
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Are you qualified for the UTMB World Series Finals?" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: /^EN/ })).toHaveAttribute("aria-pressed", "true");

  // Remembered across pages and a reload, whatever the browser asks for.
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie).toMatchObject({ value: "en", httpOnly: true, sameSite: "Lax", path: "/" });

  await page.getByRole("button", { name: /Français/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the switch works without JavaScript and keeps the page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByRole("button", { name: /Français/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié ?" })).toBeVisible();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /Êtes-vous qualifié/ })).toBeVisible();
  await context.close();
});

test("on a 375 px phone the header fits one row, and the pages pass axe, in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const [language, heading, signIn] of [
    ["FR", /Êtes-vous qualifié/, "Connexion"],
    ["EN", /Are you qualified/, "Sign in"],
  ] as const) {
    await page.goto("/");
    if (!(await page.getByRole("heading", { level: 1, name: heading }).isVisible())) {
      await page.getByRole("button", { name: new RegExp(`^${language}`) }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectHeaderOnOneRow(page);
    await expectNoAxeViolations(page);
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: signIn })).toBeVisible();
    await expectHeaderOnOneRow(page);
    await expectNoAxeViolations(page);
  }
});

test("a runner who signs up in French gets the confirmation email in French", async ({ page }, testInfo) => {
  const email = `e2e-fr-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Votre nom").fill("Léa Testeuse");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("granite-lantern-offside");
  await page.getByLabel("Confirmer le mot de passe").fill("granite-lantern-offside");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText(/Consultez votre messagerie/)).toBeVisible();
  const mail = await latestMail(email, /^Subject: Confirmez votre compte Finals Portal$/);
  expect(mail).toContain("Confirmez-le ici, puis connectez-vous");
  await page.goto(firstLink(mail));
  await expect(page.getByText("Votre compte est confirmé.", { exact: false })).toBeVisible();
});

test("an admin in French: the admin pages in French, times in Paris with the zone, axe clean", async ({ page }) => {
  // Signed in through the French form (the form is part of what is checked).
  const admin = demoAccount("admin");
  await page.goto("/admin/imports/history");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imports précédents" })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [path, heading] of [
    ["/admin/imports", "Importer des résultats"],
    ["/admin/events", "Événements"],
    ["/admin/tokens", "Jetons API"],
    ["/admin/runners/link", "Relier un compte à un coureur"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // A token's creation time, in French, in Paris, with its zone.
  await page.goto("/admin/tokens");
  await page.getByLabel("Nom du prestataire").fill(`Chrono ${Date.now()}`);
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(page.getByText(/Copiez-le maintenant/)).toBeVisible();
  await expect(page.getByText(/Créé le \d{1,2} [a-zéû.]+ \d{4} à \d{2}:\d{2} (CET|CEST) par /).first()).toBeVisible();
});
