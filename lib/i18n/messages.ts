/**
 * The message files and a translator for code that runs outside a page render (emails, form actions,
 * tests): next-intl's createTranslator over the same files as i18n/request.ts. Not for client components
 * (it would ship both files): they use useTranslations under their layout's provider.
 */
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, fr };

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
