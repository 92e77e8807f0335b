import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectStory, openAs, STORIES } from "./runner-stories";

// A French browser: every demo runner's dashboard in French, the next step and its date first (issue #15).
test.use({ locale: "fr-FR" });

for (const story of STORIES) {
  test(`${story}: the dashboard in French, the first next step and its date in the first screen, axe clean`, async ({ pageAs }, testInfo) => {
    const page = await openAs(pageAs, story, "fr");
    await expectStory(page, story, "fr", testInfo.project.name);
  });
}

test("the requests pages in French: the list, a new request refused with French messages, the extension's dates", async ({ pageAs }) => {
  const page = await openAs(pageAs, "podium", "fr", "/requests");
  await expect(page.getByRole("heading", { level: 1, name: "Mes demandes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Faire une demande" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A reason too short is refused before anything is filed: the summary and the field say so in French.
  await page.getByRole("link", { name: "Demander un changement de catégorie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demande de changement de catégorie" })).toBeVisible();
  await page.getByRole("radio", { name: "OCC au lieu de CCC" }).check();
  await page.getByLabel("Pourquoi demandez-vous ce changement ?").fill("Trop court");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Votre demande n'a pas été envoyée" })).toBeFocused();
  await expect(page.getByText("Expliquez votre demande en au moins 20 caractères")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the extension page in French: its deadline and window as French dates, the thresholds table", async ({ pageAs }) => {
  const page = await openAs(pageAs, "extension", "fr", "/requests/new/extension");
  await expect(page.getByRole("heading", { level: 1, name: "Demande de prolongation de la période de qualification" })).toBeVisible();
  await expect(page.getByText("30 nov. 2026")).toBeVisible();
  await expect(page.getByText("30 juin 2027")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Femmes" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the public runner page in French", async ({ page }) => {
  await page.goto("/runners/u/9100001");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Léa Fontaine" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Résultats" })).toBeVisible();
  await expect(page.getByText(/km-effort = distance en km/)).toBeVisible();
  await expectNoAxeViolations(page);
});
