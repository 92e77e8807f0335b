import { useLocale, useTranslations } from "next-intl";
import type { RequestFormState } from "@/lib/request-forms/submitted-form";
import { failureText } from "./refusal-text";

/** A request form's answer as the form shows it: the message on top, document problems beside the input. */
export function useRequestFormErrors<Field extends string>(state: RequestFormState<Field>) {
  const t = useTranslations("refusals");
  const locale = useLocale();
  const failure = state.failure ? failureText(state.failure, t, locale) : {};
  const documents = [...((state.errors as Partial<Record<string, string[]>> | undefined)?.documents ?? []), ...(failure.documents ? [failure.documents] : [])];
  return { message: failure.message ?? (state.status === "error" ? state.message : null), documents: documents.length > 0 ? documents : undefined };
}
