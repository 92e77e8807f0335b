"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { findUserByEmail } from "@/lib/data/users";
import { findRunnerIdByExternalId, linkRunnerByAdmin, type AdminLinkRunnerResult } from "@/lib/data/runner-claims";
import { msg } from "@/lib/i18n/keys";
import type { MessageKey } from "@/lib/i18n/messages";
import { adminLinkRunnerSchema, type AdminLinkRunnerField } from "@/lib/validations/auth";

export type AdminLinkRunnerState = FormState<AdminLinkRunnerField>;

const refusals: Record<Exclude<AdminLinkRunnerResult, { ok: true }>["error"], MessageKey> = {
  forbidden: "admin.link.forbidden",
  "runner-not-found": "admin.link.runnerNotFound",
  "runner-taken": "admin.link.runnerTaken",
  "user-already-linked": "admin.link.userAlreadyLinked",
  "user-not-found": "admin.link.userNotFound",
};

/** An admin links an account (by email) to a runner (by UTMB id); recorded in the audit trail. */
export const linkRunnerAccountAction = formAction(["admin"], {
  name: "linkRunnerAccount",
  fields: ["email", "externalId", "reason"],
  keep: ["email", "externalId", "reason"],
  schema: adminLinkRunnerSchema,
  failure: msg("admin.link.failure"),
  async run({ email, externalId, reason }, { db, user: actor, t }) {
    const [user, runnerId] = await Promise.all([findUserByEmail(db, email), findRunnerIdByExternalId(db, externalId)]);
    if (!user) return { ok: false, message: null, errors: { email: [t(refusals["user-not-found"])] } };
    if (runnerId === null) return { ok: false, message: null, errors: { externalId: [t(refusals["runner-not-found"])] } };
    const result = await linkRunnerByAdmin(db, { actorUserId: actor.id, userId: user.id, runnerId, ...(reason ? { reason } : {}) });
    if (!result.ok) return { ok: false, message: t(refusals[result.error]) };
    revalidatePath("/", "layout");
    return { ok: true, message: t("admin.link.linked", { email, externalId }) };
  },
});
