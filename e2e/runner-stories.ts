/*
 * Issue #15 for every demo runner story, in one language: the dashboard is in that language, the first
 * next step and its date are in the first screen, and axe finds nothing. Read-only: nothing is filed.
 * The specs runner-stories-en.spec.ts and runner-stories-fr.spec.ts run it on desktop and a 375 px phone.
 */
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, type StoryKey } from "../db/seed-data";
import { expect, expectNoAxeViolations, type Fixtures } from "./fixtures";
import { writerOf } from "./runner-allotment";

export type Language = "en" | "fr";

/** Every story a demo account is linked to. */
export const STORIES: StoryKey[] = DEMO_ACCOUNTS.flatMap((a) => (a.runnerStory ? [a.runnerStory] : []));

/** Per language: the next steps' heading, a date as the page writes it, and one sentence per story. */
export const WORDS: Record<Language, { nextSteps: string; date: RegExp; story: Partial<Record<StoryKey, string>> }> = {
  en: {
    nextSteps: "Your next steps",
    date: /\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{4}/,
    story: {
      podium: "You are qualified for CCC.",
      score: "You are qualified for CCC.",
      extension: "You are not qualified for the Finals yet.",
      deferral: "Registered for UTMB at the 2027 Finals.",
      below: "You are not qualified for the Finals yet.",
      not_qualified: "You are not qualified for the Finals yet.",
      age_group: "You are qualified for UTMB.",
      exact: "You are qualified for UTMB.",
      top_elite: "You are not qualified for the Finals yet.",
    },
  },
  fr: {
    nextSteps: "Vos prochaines étapes",
    date: /\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}/,
    story: {
      podium: "Vous êtes qualifié·e pour la CCC.",
      score: "Vous êtes qualifié·e pour la CCC.",
      extension: "Vous n'êtes pas encore qualifié·e pour les Finales.",
      deferral: "Inscrit·e à l'UTMB des Finales 2027.",
      below: "Vous n'êtes pas encore qualifié·e pour les Finales.",
      not_qualified: "Vous n'êtes pas encore qualifié·e pour les Finales.",
      age_group: "Vous êtes qualifié·e pour l'UTMB.",
      exact: "Vous êtes qualifié·e pour l'UTMB.",
      top_elite: "Vous n'êtes pas encore qualifié·e pour les Finales.",
    },
  },
};

/**
 * The story's runner's page at `path`, signed in from the stored session, in the browser's language (no
 * account has a saved language, and the stored session carries no language cookie).
 */
export async function openAs(pageAs: Fixtures["pageAs"], story: StoryKey, language: Language, path = "/dashboard"): Promise<Page> {
  const page = await pageAs(story, path);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  return page;
}

/** The first next step, with its date, wholly inside the first screen; the story's sentence; axe clean. */
export async function expectStory(page: Page, story: StoryKey, language: Language, project: string) {
  const words = WORDS[language];
  const steps = page.getByRole("region", { name: words.nextSteps });
  const first = steps.getByRole("listitem").first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(words.date);
  const box = await first.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no layout");
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const sentence = words.story[story];
  if (!sentence) throw new Error(`no sentence for story "${story}"`);
  // A runner another spec writes to may have moved on (an approved change of category): its own spec checks it.
  if (!writerOf(project, story)) await expect(page.getByText(sentence, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
}
