/**
 * The runner's words for every refusal of the request rules and the data layer, in the page's language.
 * `t` is the `refusals` namespace: `useTranslations("refusals")` in a component (server or client),
 * `getTranslations("refusals")` in a page.
 */
import type { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { DocumentProblem, Refusal } from "@/lib/domain/requests";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import { formatDay } from "@/lib/format/dates";
import type { RequestFormFailure } from "@/lib/request-forms/submitted-form";

export type RefusalTranslator = ReturnType<typeof useTranslations<"refusals">>;

const LIST_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

/** How a reader's words name a Finals race, a choice of races, a day and a sex inside a refusal. */
export interface RefusalWords {
  race: (race: FinalsRace) => string;
  races: (races: readonly FinalsRace[]) => string;
  day: (iso: IsoDate) => string;
  sex: (sex: Sex) => string;
}

/**
 * A refusal's message key and values, the same for the runner's words (`refusals`) and the reviewer's
 * (`eliteEligibility.refusal`): the two namespaces have the same keys and placeholders.
 */
export function refusalMessage(refusal: Refusal, w: RefusalWords): { key: Refusal["code"] | "extension-race-none"; values: Record<string, string | number> } {
  switch (refusal.code) {
    case "same-race":
    case "not-qualified":
    case "age-group-place":
    case "already-changed":
      return { key: refusal.code, values: { race: w.race(refusal.finalsRace) } };
    case "no-qualification":
    case "no-registration":
    case "registration-cancelled":
    case "finals-over":
    case "top-elite-already-granted":
      return { key: refusal.code, values: { year: refusal.editionYear } };
    case "20k-to-occ":
    case "top-elite-not-reached":
    case "no-race-named":
      return { key: refusal.code, values: {} };
    case "not-adjacent":
      return { key: refusal.code, values: { from: w.race(refusal.from), allowed: w.races(refusal.allowed), to: w.race(refusal.to) } };
    case "extension-closed":
      return { key: refusal.code, values: { year: refusal.editionYear, date: w.day(refusal.deadline) } };
    case "extension-score-missing": {
      const needed = Object.entries(refusal.thresholds)
        .map(([category, threshold]) => `${category} ${threshold}`)
        .join(", ");
      return { key: refusal.code, values: { sex: w.sex(refusal.sex), needed } };
    }
    case "extension-already-qualified":
      return { key: refusal.code, values: { races: w.races(refusal.finalsRaces) } };
    case "extension-race-not-allowed":
      return refusal.allowed.length > 0
        ? { key: refusal.code, values: { allowed: w.races(refusal.allowed), race: w.race(refusal.finalsRace) } }
        : { key: "extension-race-none", values: { race: w.race(refusal.finalsRace) } };
    case "already-open":
      return { key: refusal.code, values: { type: refusal.type, year: refusal.editionYear, id: refusal.requestId } };
  }
}

/** The runner's words for a refusal ("la CCC", "l'UTMB" in French; "CCC or OCC"). */
export function refusalText(refusal: Refusal, t: RefusalTranslator, locale: Locale): string {
  const the = (race: string) => t("the", { race });
  const { key, values } = refusalMessage(refusal, {
    race: the,
    races: (races) => new Intl.ListFormat(LIST_LOCALE[locale], { type: "disjunction" }).format(races.map(the)),
    day: (iso) => formatDay(iso, locale),
    // The runner's messages choose their words by the code (a select).
    sex: (sex) => sex,
  });
  return t(key, values as never);
}

/** Why documents or their upload were refused: "x.pdf is not a PDF, JPEG or PNG file." */
export function documentProblemText(problem: DocumentProblem, t: RefusalTranslator): string {
  const size = (bytes: number) => t("documents.size", { mb: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
  switch (problem.code) {
    case "too-many":
      return t("documents.too-many", { max: problem.max, left: problem.left });
    case "empty":
    case "not-a-document":
      return t(`documents.${problem.code}`, { file: problem.file });
    case "too-large":
      return t("documents.too-large", { file: problem.file, size: size(problem.limitBytes) });
    case "too-many-files":
      return t("documents.too-many-files", { max: problem.max });
    case "form-too-large":
      return t("documents.form-too-large", { size: size(problem.limitBytes) });
    case "field-too-long":
      return t("documents.field-too-long", { field: problem.field });
    default:
      return t(`documents.${problem.code}`);
  }
}

/** A data layer's refusal of a request form: documents problems are shown beside the file input. */
export function failureText(failure: RequestFormFailure, t: RefusalTranslator, locale: Locale): { documents?: string; message?: string } {
  switch (failure.error) {
    case "refused":
      return { message: refusalText(failure.refusal, t, locale) };
    case "documents-required":
      return { documents: t("documents-required") };
    case "documents-invalid":
      return { documents: documentProblemText(failure.problem, t) };
    case "runner-not-found":
    case "request-not-found":
    case "request-closed":
    case "unexpected":
      return { message: t(failure.error) };
  }
}
