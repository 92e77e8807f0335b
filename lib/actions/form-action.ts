import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { authorizeAction, type CurrentUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/data/users";
import { formString, type FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/i18n/locales";
import { translateKeyOrText, translator, type Translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatedFieldErrors } from "@/lib/i18n/validation";
import { logError } from "@/lib/log";

/** What an action's body decides: a success message (and pages to refresh), or a refusal to show. */
export type ActionOutcome<Field extends string, Extra extends object = object> =
  | { ok: true; message: string; revalidate?: readonly string[]; extra?: Extra }
  | { ok: false; message: string | null; errors?: Partial<Record<Field, string[]>> };

interface ActionContext {
  db: Db;
  /** The request's language and a translator for it: messages the body returns are written with `t`. */
  locale: Locale;
  t: Translator;
}

interface FormActionOptions<Schema extends z.ZodType, Field extends string, User, Extra extends object> {
  /** For the logs only. */
  name: string;
  /** The form fields read as strings and given to the schema. */
  fields: readonly Field[];
  /** The fields put back in the form after an error (never passwords). */
  keep?: readonly Field[];
  /** Also put them back after a success (a form sent again with corrections). */
  keepOnSuccess?: boolean;
  schema: Schema;
  /**
   * Shown instead of field errors when a field the person does not type (a hidden id, say: any field not in
   * `keep`) is bad, so the input cannot come from our own form. A message key (`msg("admin.unknownRace")`); plain text is shown as given until its area is translated.
   */
  invalid?: string;
  /** Shown when the body throws: says that nothing was changed and what to do. A message key, as `invalid`. */
  failure: string;
  run: (input: z.output<Schema>, context: ActionContext & { user: User }) => Promise<ActionOutcome<Field, Extra>>;
}

type FormAction<Field extends string, Extra extends object> = (
  previous: FormState<Field> & Partial<Extra>,
  formData: FormData,
) => Promise<FormState<Field> & Partial<Extra>>;

/**
 * The one shape of every form's server action: check who is asking, parse the form with zod, run the body,
 * turn a throw into a message that loses nothing (the data layer writes in a transaction), refresh the
 * pages it names. `roles` lists every role allowed ("admin" does not imply "elite"); "public" for the
 * sign-in pages, whose body gets `user: null`. Every message is in the request's language: zod messages
 * that are message keys are translated (lib/i18n/validation.ts), and the body gets `t`.
 */
export function formAction<Schema extends z.ZodType, Field extends string, Extra extends object = object>(
  roles: readonly [UserRole, ...UserRole[]],
  options: FormActionOptions<Schema, Field, CurrentUser, Extra>,
): FormAction<Field, Extra>;
export function formAction<Schema extends z.ZodType, Field extends string, Extra extends object = object>(
  roles: "public",
  options: FormActionOptions<Schema, Field, null, Extra>,
): FormAction<Field, Extra>;
export function formAction<Schema extends z.ZodType, Field extends string, Extra extends object = object>(
  roles: readonly UserRole[] | "public",
  // `never`: either overload's body fits; the user it gets is checked against `roles` below.
  options: FormActionOptions<Schema, Field, never, Extra>,
): FormAction<Field, Extra> {
  type State = FormState<Field> & Partial<Extra>;
  const answer = (state: FormState<Field>) => state as State;
  return async (_previous, formData) => {
    const locale = await requestLocale();
    const t = translator(locale);
    let user: CurrentUser | null = null;
    if (roles !== "public") {
      const authorization = await authorizeAction(...roles);
      if (!authorization.ok) {
        return answer({ status: "error", message: t(authorization.error === "signed-out" ? "actions.signedOut" : "actions.forbidden") });
      }
      user = authorization.user;
    }

    const raw = Object.fromEntries(options.fields.map((field) => [field, formString(formData, field)]));
    const values = Object.fromEntries((options.keep ?? []).map((field) => [field, raw[field] ?? ""])) as Partial<Record<Field, string>>;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const typed = new Set<string>(options.keep ?? []);
      const hiddenFieldBad = parsed.error.issues.some((issue) => !typed.has(String(issue.path[0])));
      if (options.invalid && hiddenFieldBad) return answer({ status: "error", message: translateKeyOrText(t, options.invalid), values });
      return answer({ status: "error", errors: translatedFieldErrors<Field>(parsed.error.issues, t), message: null, values });
    }

    let outcome: ActionOutcome<Field, Extra>;
    try {
      outcome = await options.run(parsed.data, { db: await getDb(), locale, t, user: user as never });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      logError(`${options.name} failed`, error);
      return answer({ status: "error", message: translateKeyOrText(t, options.failure), values });
    }
    if (!outcome.ok) return answer({ status: "error", message: outcome.message, errors: outcome.errors, values });
    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    return { status: "success", message: outcome.message, ...(options.keepOnSuccess ? { values } : {}), ...outcome.extra } as State;
  };
}
