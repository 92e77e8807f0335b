"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { startReview } from "@/lib/data/review";
import { formString, type FormState } from "@/lib/actions/form-state";
import { startReviewSchema } from "@/lib/validations/review";
import { logError } from "@/lib/log";

export type StartReviewState = FormState<"requestId">;

/** R17: a reviewer takes a submitted request into review (audited). */
export async function startReviewAction(_prev: StartReviewState, formData: FormData): Promise<StartReviewState> {
  const authorization = await authorizeAction("elite", "admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const parsed = startReviewSchema.safeParse({ requestId: formString(formData, "requestId") });
  if (!parsed.success) return { status: "error", message: "This request does not exist." };

  let result: Awaited<ReturnType<typeof startReview>>;
  try {
    result = await startReview(await getDb(), authorization.user, parsed.data.requestId);
  } catch (error) {
    logError("startReviewAction failed", error);
    return { status: "error", message: "The review could not be started. Please try again in a moment." };
  }
  if (!result.ok) return { status: "error", message: result.message };

  revalidatePath("/elite");
  revalidatePath(`/elite/requests/${parsed.data.requestId}`);
  return { status: "success", message: "The request is now in review." };
}
