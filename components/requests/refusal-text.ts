/**
 * The runner's words for every refusal of the request rules and the data layer, in the page's language.
 * `t` is the `refusals` namespace: `useTranslations("refusals")` in a component (server or client),
 * `getTranslations("refusals")` in a page.
 */
import type { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { DocumentProblem, Refusal } from "@/lib/domain/requests";
import { formatDay } from "@/lib/format/dates";
import type { RequestFormFailure } from "@/lib/request-forms/submitted-form";

export type RefusalTranslator = ReturnType<typeof useTranslations<"refusals">>;

const LIST_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

export function refusalText(refusal: Refusal, t: RefusalTranslator, locale: Locale): string {
  // A Finals race in a sentence ("la CCC", "l'UTMB" in French), and a choice of them ("CCC or OCC").
  const the = (race: string) => t("the", { race });
  const or = (races: readonly string[]) => new Intl.ListFormat(LIST_LOCALE[locale], { type: "disjunction" }).format(races.map(the));
  switch (refusal.code) {
    case "same-race":
    case "not-qualified":
    case "age-group-place":
    case "already-changed":
      return t(refusal.code, { race: the(refusal.finalsRace) });
    case "no-qualification":
    case "no-registration":
    case "registration-cancelled":
    case "finals-over":
    case "top-elite-already-granted":
      return t(refusal.code, { year: refusal.editionYear });
    case "20k-to-occ":
    case "top-elite-not-reached":
    case "no-race-named":
      return t(refusal.code);
    case "not-adjacent":
      return t("not-adjacent", { from: the(refusal.from), allowed: or(refusal.allowed), to: the(refusal.to) });
    case "extension-closed":
      return t("extension-closed", { year: refusal.editionYear, date: formatDay(refusal.deadline, locale) });
    case "extension-score-missing": {
      const needed = Object.entries(refusal.thresholds)
        .map(([category, threshold]) => `${category} ${threshold}`)
        .join(", ");
      return t("extension-score-missing", { sex: refusal.sex, needed });
    }
    case "extension-already-qualified":
      return t("extension-already-qualified", { races: or(refusal.finalsRaces) });
    case "extension-race-not-allowed":
      return refusal.allowed.length > 0
        ? t("extension-race-not-allowed", { allowed: or(refusal.allowed), race: the(refusal.finalsRace) })
        : t("extension-race-none", { race: the(refusal.finalsRace) });
    case "already-open":
      return t("already-open", { type: refusal.type, year: refusal.editionYear, id: refusal.requestId });
  }
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
