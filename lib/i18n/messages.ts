/**
 * The message files and a translator for code that runs outside a page render (emails, form actions,
 * tests): next-intl's createTranslator over the same files as i18n/request.ts. Not for client components
 * (it would ship both files): they use useTranslations under their layout's provider.
 */
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import en from "@/messages/en.json";
import eliteEn from "@/messages/elite/en.json";
import eliteFr from "@/messages/elite/fr.json";
import fr from "@/messages/fr.json";
import runnerEn from "@/messages/runner/en.json";
import runnerFr from "@/messages/runner/fr.json";

// One file per area and language (messages/en.json for the shared and public pages, messages/runner/ and
// messages/elite/ for the signed-in areas), each area's namespaces its own: merged here into one tree.
const enAll = { ...en, ...runnerEn, ...eliteEn };
export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = { en: enAll, fr: { ...fr, ...runnerFr, ...eliteFr } };

/** A translator for `locale` over every namespace: `t("auth.signIn.title")`. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type Translator = ReturnType<typeof translator>;
/** Any message's full key, e.g. "validation.emailRequired". */
export type MessageKey = Parameters<Translator>[0];

/** The text of `key` when it is a message key, else `text` as given (areas not translated yet pass text). */
export function translateKeyOrText(t: Translator, text: string): string {
  return t.has(text as MessageKey) ? t(text as MessageKey) : text;
}
