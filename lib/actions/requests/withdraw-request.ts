"use server";

import { formAction } from "@/lib/actions/form-action";
import { msg } from "@/lib/i18n/keys";
import type { FormState } from "@/lib/actions/form-state";
import { withdrawRequest as withdraw } from "@/lib/data/request-writes";
import { withdrawRequestSchema, type WithdrawRequestField } from "@/lib/validations/requests";
import { requestChangeRefusal } from "./request-change-refusal";

export type WithdrawRequestState = FormState<WithdrawRequestField>;

/** R17: the owner withdraws a request until a decision. */
export const withdrawRequestAction = formAction(["runner"], {
  name: "withdrawRequest",
  fields: ["requestId", "reason"],
  keep: ["reason"],
  schema: withdrawRequestSchema,
  invalid: msg("requestActions.withdrawInvalid"),
  failure: msg("requestActions.withdrawFailed"),
  async run({ requestId, reason }, { db, user, t }) {
    if (user.runnerId === null) return { ok: false, message: requestChangeRefusal({ error: "runner-not-found" }, "withdraw", t) };
    const result = await withdraw(db, { userId: user.id, runnerId: user.runnerId }, { requestId, reason: reason ?? null });
    if (!result.ok) return { ok: false, message: requestChangeRefusal(result, "withdraw", t) };
    return { ok: true, message: t("requestActions.withdrawn"), revalidate: [`/requests/${requestId}`, "/requests", "/dashboard"] };
  },
});
