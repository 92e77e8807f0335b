"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { updateQuota } from "@/lib/data/bib-quotas";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { updateQuotaSchema, type UpdateQuotaField } from "@/lib/validations/review";
import { logError } from "@/lib/log";

export type UpdateQuotaState = FormState<UpdateQuotaField>;

/** R14: an admin sets the category-change bibs of one Finals race and sex; never below the bibs used. */
export async function updateQuotaAction(_prev: UpdateQuotaState, formData: FormData): Promise<UpdateQuotaState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const values = {
    editionYear: formString(formData, "editionYear") ?? "",
    finalsRace: formString(formData, "finalsRace") ?? "",
    sex: formString(formData, "sex") ?? "",
    bibs: formString(formData, "bibs") ?? "",
  };
  const parsed = updateQuotaSchema.safeParse({ ...values, bibs: values.bibs.trim() === "" ? undefined : values.bibs });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<UpdateQuotaField>(parsed.error.issues), message: null, values };
  }

  let result: Awaited<ReturnType<typeof updateQuota>>;
  try {
    result = await updateQuota(await getDb(), authorization.user, parsed.data);
  } catch (error) {
    logError("updateQuotaAction failed", error);
    return { status: "error", message: "The quota could not be saved. Please try again in a moment.", values };
  }
  if (!result.ok) {
    if (result.error === "below-used") return { status: "error", errors: { bibs: [result.message] }, message: null, values };
    return { status: "error", message: result.message, values };
  }

  revalidatePath("/elite/quotas");
  const q = result.quota;
  return { status: "success", message: `Saved: ${q.bibs} bibs, ${q.bibsUsed} used, ${q.remaining} left.`, values: { bibs: String(q.bibs) } };
}
