/**
 * zod messages in the reader's language. A schema's message is a message key (`msg("validation.emailRequired")`);
 * the issue's own figures are its placeholders: `{minimum}` and `{maximum}` of a size check, and the
 * `params` of a custom issue (`ctx.addIssue({ code: "custom", message: msg(...), params: { reason } })`).
 * A message that is not a key is shown as written (schemas of areas not translated yet).
 */
import { fieldErrors } from "@/lib/actions/form-state";
import type { MessageKey, Translator } from "./messages";

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  params?: Record<string, unknown>;
}

function placeholderValue(value: unknown): string | number | undefined {
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/** One issue's message in `t`'s language. */
export function translateIssue(issue: Issue, t: Translator): string {
  const key = issue.message as MessageKey;
  if (!t.has(key)) return issue.message;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries({ ...issue.params, minimum: issue.minimum, maximum: issue.maximum })) {
    const usable = placeholderValue(value);
    if (usable !== undefined) values[name] = usable;
  }
  return t(key, values as never);
}

/** Field errors (by the first path segment), translated. */
export function translatedFieldErrors<Field extends string>(issues: readonly Issue[], t: Translator) {
  return fieldErrors<Field>(issues.map((issue) => ({ path: issue.path, message: translateIssue(issue, t) })));
}
