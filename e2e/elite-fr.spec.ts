/*
 * The elite area in French: the elite member with a French browser reads the queue, a request, the ledger and
 * the quotas in French, with French dates and Paris times, and the public bib summary is French on desktop and
 * phone. Read-only: no request is started or decided and no quota changes (the other elite specs count bibs).
 */
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from "./fixtures";

// A French browser that has chosen nothing: Accept-Language decides.
test.use({ locale: "fr-FR" });

/** "30 nov. 2026", "1 sept. 2025", "12 août 2027": a day as French writes it. */
const FRENCH_DAY = /\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/;

test("the elite member's queue, a request, the ledger and the quotas are in French", async ({ pageAs }) => {
  // The stored session carries no language: the account has none saved, so the browser's French applies.
  const page = await pageAs("elite", "/elite");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Demandes à traiter" })).toBeVisible();
  await expect(page).toHaveTitle(/^Demandes à traiter/);
  await expect(page.getByText(/\d+ demandes? · page \d+ sur \d+ · mise à jour à \d{2}:\d{2} CES?T/)).toBeVisible();
  const toggle = page.getByRole("button", { name: /^Filtres/ });
  if (await toggle.isVisible()) await toggle.click();
  for (const label of ["Nom ou identifiant du coureur", "Statut", "Course des Finales", "Sexe", "Envoyées depuis le", "Envoyées jusqu’au"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByLabel("Statut", { exact: true }).locator("option:checked")).toHaveText("Ouvertes (envoyées ou en cours d’examen)");
  // Wide screens show the table with the day each request was sent, written the French way.
  const table = page.getByRole("table");
  if (await table.isVisible()) {
    await expect(table.getByRole("columnheader", { name: /Envoyée le/ })).toBeVisible();
    await expect(table.getByRole("cell").filter({ hasText: FRENCH_DAY }).first()).toBeVisible();
  }
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  // A request, read only: the decision form, the rule's facts and the runner's record, in French.
  await page.getByRole("link", { name: /^(Changement de catégorie|Report de priorité|Prolongation de la période de qualification|Période Top Elite) : / }).first().click();
  await expect(page).toHaveURL(/\/elite\/requests\/\d+/);
  await expect(page.getByRole("heading", { level: 2, name: "Décision" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Ce que demande la règle" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Finales \d{4} : les qualifications du coureur$/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Accepter" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Refuser" })).toBeVisible();
  await expect(page.getByLabel("Motif de la décision")).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer la décision" })).toBeVisible();
  // The reason templates are offered in the reviewer's language: they are what the runner will read.
  await expect(page.getByLabel("Partir d’un modèle").locator("option").nth(1)).toHaveText(/^(Accepter|Refuser) : /);
  await expect(page.getByRole("definition").filter({ hasText: FRENCH_DAY }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "← Demandes à traiter" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.goto("/elite/ledger");
  await expect(page.getByRole("heading", { level: 1, name: "Registre des dossards des Finales 2027" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Dossards des Finales 2027 par course et par sexe" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Dossards restants" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "UTMB · Femmes" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Mouvements" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Télécharger le récapitulatif (CSV)" })).toBeVisible();
  // The export follows the page's language: a French sheet for a French reader.
  const csv = await page.request.get("/api/elite/ledger?edition=2027&table=summary", { headers: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  expect((await csv.text()).split("\r\n")[0]).toBe(
    "Course des Finales,Sexe,Quota,Qualifiés,Inscrits,Changements entrants,Changements sortants,Reports entrants,Reports sortants,Prolongations,Demandes en attente,Dossards utilisés,Dossards restants",
  );
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.getByRole("banner").getByRole("link", { name: "Quotas" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quotas de dossards des Finales 2027" })).toBeVisible();
  await expect(page.getByText("Seuls les administrateurs peuvent les modifier.", { exact: false })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "UTMB · Femmes" }) });
  await expect(card.getByText("Restants", { exact: true })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});

test("the public bib summary is in French, without signing in", async ({ page }) => {
  await page.goto("/finals/bibs");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/^Dossards des Finales/);
  await expect(page.getByRole("heading", { level: 1, name: "Dossards des Finales 2027" })).toBeVisible();
  await expect(page.getByText(/attribuées selon le règlement/)).toBeVisible();
  await expect(page.getByLabel("Édition des Finales")).toHaveValue("2027");
  await expect(page.getByRole("button", { name: "Afficher" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Demandes en attente" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "OCC · Hommes" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
