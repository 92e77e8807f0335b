"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { withdrawRequest as withdraw, type RequestChangeResult } from "@/lib/data/requests";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { withdrawRequestSchema, type WithdrawRequestField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE } from "./request-failure";
import { logError } from "@/lib/log";

export type WithdrawRequestState = FormState<WithdrawRequestField>;

/** R17: the owner withdraws a request until a decision. */
export async function withdrawRequest(_prev: WithdrawRequestState, formData: FormData): Promise<WithdrawRequestState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { reason: formString(formData, "reason") ?? "" };
  const parsed = withdrawRequestSchema.safeParse({ requestId: formString(formData, "requestId"), reason: values.reason });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<WithdrawRequestField>(parsed.error.issues), message: null, values };
  }

  let result: RequestChangeResult;
  try {
    result = await withdraw(await getDb(), { userId: user.id, runnerId: user.runnerId }, parsed.data);
  } catch (error) {
    logError("withdrawRequest failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return { status: "error", message: result.message, values };

  revalidatePath(`/requests/${parsed.data.requestId}`);
  revalidatePath("/requests");
  return { status: "success", message: "Your request was withdrawn." };
}
