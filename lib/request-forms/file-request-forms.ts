import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { DOCUMENTS_REQUIRED, fileRequest, type CreateRequestResult } from "@/lib/data/request-writes";
import type { RequestType } from "@/lib/domain/requests";
import type { AskedRequest } from "@/lib/domain/request-options";
import { translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatedFieldErrors } from "@/lib/i18n/validation";
import { formDocuments, formText, type RequestFormState, type SubmittedForm } from "./submitted-form";
import {
  categoryChangeSchema,
  extensionSchema,
  priorityDeferralSchema,
  topEliteSchema,
  type CategoryChangeField,
  type ExtensionField,
  type PriorityDeferralField,
  type TopEliteField,
} from "@/lib/validations/requests";
import { logError } from "@/lib/log";

/**
 * One filing path for the four request forms (R14-R16, R18): who is asking, the form's schema, then the
 * data layer, which judges the request by the rules whatever the form sent. Refusals come back as codes.
 */
function requestForm<Schema extends z.ZodType, Field extends string>(options: {
  name: string;
  type: RequestType;
  fields: readonly Exclude<Field, "documents">[];
  schema: Schema;
  asked: (input: z.output<Schema>) => AskedRequest;
  reason: (input: z.output<Schema>) => string;
}): (form: SubmittedForm) => Promise<RequestFormState<Field>> {
  return async (form) => {
    const t = translator(await requestLocale());
    const authorization = await authorizeAction("runner");
    if (!authorization.ok) return { status: "error", message: t(authorization.error === "signed-out" ? "actions.signedOut" : "actions.forbidden") };
    const { user } = authorization;
    if (user.runnerId === null) return { status: "error", failure: { error: "runner-not-found" } };

    const values = Object.fromEntries(options.fields.map((f) => [f, formText(form, f) ?? ""])) as Partial<Record<Field, string>>;
    const raw = Object.fromEntries(options.fields.map((f) => [f, formText(form, f) || undefined]));
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      // Every problem at once: a required certificate missing is said beside the other fields (R15, R16).
      const missing = DOCUMENTS_REQUIRED[options.type] && formDocuments(form).length === 0;
      return { status: "error", errors: translatedFieldErrors<Field>(parsed.error.issues, t), message: null, values, ...(missing ? { failure: { error: "documents-required" as const } } : {}) };
    }

    let result: CreateRequestResult;
    try {
      result = await fileRequest(
        await getDb(),
        { userId: user.id, runnerId: user.runnerId },
        { asked: options.asked(parsed.data), reason: options.reason(parsed.data), documents: formDocuments(form), today: todayIso() },
      );
    } catch (error) {
      logError(`${options.name} failed`, error);
      return { status: "error", failure: { error: "unexpected" }, values };
    }
    if (!result.ok) {
      const { ok: _ok, ...failure } = result;
      return { status: "error", failure, values };
    }
    revalidatePath("/requests");
    revalidatePath("/dashboard");
    scheduleNotificationDelivery(); // the elite team's "new request" emails, after the commit
    return { status: "success", redirectTo: `/requests/${result.requestId}` };
  };
}

/** R14: a change of category to the race one category up or down. */
export const fileCategoryChange = requestForm<typeof categoryChangeSchema, CategoryChangeField>({
  name: "fileCategoryChange",
  type: "category_change",
  fields: ["move", "reason"],
  schema: categoryChangeSchema,
  asked: ({ move }) => ({ type: "category_change", ...move }),
  reason: ({ reason }) => reason,
});

/** R15: a priority deferral of the runner's completed registration. */
export const filePriorityDeferral = requestForm<typeof priorityDeferralSchema, PriorityDeferralField>({
  name: "filePriorityDeferral",
  type: "priority_deferral",
  fields: ["reason", "confirm"],
  schema: priorityDeferralSchema,
  asked: () => ({ type: "priority_deferral" }),
  reason: ({ reason }) => reason,
});

/** R16: an application to qualify in the extended window for one Finals race. */
export const fileExtension = requestForm<typeof extensionSchema, ExtensionField>({
  name: "fileExtension",
  type: "extension",
  fields: ["finalsRace", "reason"],
  schema: extensionSchema,
  asked: ({ finalsRace }) => ({ type: "extension", finalsRace }),
  reason: ({ reason }) => reason,
});

/** R18: the Top Elite 18-month period. */
export const fileTopElite = requestForm<typeof topEliteSchema, TopEliteField>({
  name: "fileTopElite",
  type: "top_elite",
  fields: ["reason"],
  schema: topEliteSchema,
  asked: () => ({ type: "top_elite" }),
  reason: ({ reason }) => reason,
});
