/**
 * A language and its translator together, for the text helpers that also write dates, numbers and lists
 * (the dashboard's view model, the next steps, the refusals). Server side and tests only: the translator
 * carries every message file.
 */
import type { Locale } from "@/i18n/locales";
import { translator, type Translator } from "./messages";

export interface Words {
  t: Translator;
  locale: Locale;
}

export function words(locale: Locale): Words {
  return { t: translator(locale), locale };
}

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

/** The language's tag for Intl ("en-GB", "fr-FR"). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const lists = new Map<string, Intl.ListFormat>();

/** "OCC and CCC" / "OCC et CCC"; "OCC or UTMB" / "OCC ou UTMB". */
export function listText(locale: Locale, items: readonly string[], kind: "and" | "or"): string {
  const key = `${locale}|${kind}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[locale], { type: kind === "and" ? "conjunction" : "disjunction" });
    lists.set(key, format);
  }
  return format.format(items);
}

const numbers = new Map<Locale, Intl.NumberFormat>();

/** 4540 -> "4,540" / "4 540". */
export function numberText(locale: Locale, value: number): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numbers.set(locale, format);
  }
  return format.format(value);
}

/** A Finals race as a sentence names it: "CCC" in English, "la CCC" or "l'UTMB" in French. */
export function theRace({ t }: Words, race: string): string {
  return t("runnerWords.theRace", { race });
}

/** Finals races named in a sentence: "OCC or UTMB" / "l'OCC ou l'UTMB". */
export function theRaces(w: Words, races: readonly string[], kind: "and" | "or"): string {
  return listText(w.locale, races.map((race) => theRace(w, race)), kind);
}
