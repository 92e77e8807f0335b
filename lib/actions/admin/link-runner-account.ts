"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { findUserByEmail } from "@/lib/data/users";
import { findRunnerIdByExternalId, linkRunnerByAdmin, type AdminLinkRunnerResult } from "@/lib/data/runner-claims";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { adminLinkRunnerSchema, type AdminLinkRunnerField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type AdminLinkRunnerState = FormState<AdminLinkRunnerField>;

const messages: Record<Exclude<AdminLinkRunnerResult, { ok: true }>["error"], string> = {
  forbidden: "Only administrators can link accounts to runners.",
  "runner-not-found": "No runner has this UTMB runner id.",
  "runner-taken": "This runner is already linked to an account.",
  "user-already-linked": "This account is already linked to a runner.",
  "user-not-found": "No account uses this email.",
};

/** An admin links an account (by email) to a runner (by UTMB id); recorded in the audit trail. */
export async function linkRunnerAccount(_prev: AdminLinkRunnerState, formData: FormData): Promise<AdminLinkRunnerState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const values = {
    email: formString(formData, "email") ?? "",
    externalId: formString(formData, "externalId") ?? "",
    reason: formString(formData, "reason") ?? "",
  };
  const parsed = adminLinkRunnerSchema.safeParse({ ...values, reason: values.reason || undefined });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<AdminLinkRunnerField>(parsed.error.issues), message: null, values };
  }

  let result: AdminLinkRunnerResult;
  try {
    const db = await getDb();
    const [user, runnerId] = await Promise.all([
      findUserByEmail(db, parsed.data.email),
      findRunnerIdByExternalId(db, parsed.data.externalId),
    ]);
    if (!user) return { status: "error", errors: { email: [messages["user-not-found"]] }, message: null, values };
    if (runnerId === null) {
      return { status: "error", errors: { externalId: [messages["runner-not-found"]] }, message: null, values };
    }
    result = await linkRunnerByAdmin(db, {
      actorUserId: authorization.user.id,
      userId: user.id,
      runnerId,
      ...(parsed.data.reason ? { reason: parsed.data.reason } : {}),
    });
  } catch (error) {
    logError("linkRunnerAccount failed", error);
    return { status: "error", message: "The link could not be saved. Please try again in a moment.", values };
  }
  if (!result.ok) return { status: "error", message: messages[result.error], values };

  revalidatePath("/", "layout");
  return { status: "success", message: `Linked ${parsed.data.email} to runner ${parsed.data.externalId}.` };
}
