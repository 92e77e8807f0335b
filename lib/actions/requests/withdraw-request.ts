"use server";

import { formAction } from "@/lib/actions/form-action";
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
  invalid: "This request does not exist.",
  failure: "Your request could not be withdrawn. Nothing was changed; please try again in a moment.",
  async run({ requestId, reason }, { db, user }) {
    if (user.runnerId === null) return { ok: false, message: requestChangeRefusal({ error: "runner-not-found" }, "withdrawn") };
    const result = await withdraw(db, { userId: user.id, runnerId: user.runnerId }, { requestId, reason: reason ?? null });
    if (!result.ok) return { ok: false, message: requestChangeRefusal(result, "withdrawn") };
    return { ok: true, message: "Your request was withdrawn.", revalidate: [`/requests/${requestId}`, "/requests", "/dashboard"] };
  },
});
