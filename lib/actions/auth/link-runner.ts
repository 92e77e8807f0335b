"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { linkRunnerByIdentity, type LinkRunnerError, type LinkRunnerResult } from "@/lib/data/users";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
import { linkRunnerSchema, type LinkRunnerField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type LinkRunnerState = FormState<LinkRunnerField>;

const messages: Record<LinkRunnerError, string> = {
  "no-match":
    "No runner matches this id, name and birth year. Check them against your UTMB profile: the name as it appears in results, and your birth year.",
  "runner-taken":
    "This runner profile is already linked to another account. If it is yours, contact the elite team.",
  "user-already-linked": "Your account is already linked to a runner profile.",
  "user-not-found": "Your session has ended. Sign in again to continue.",
};

/** Links the signed-in account to the runner it proves to be (runner id + name + birth year). */
export async function linkRunner(_prev: LinkRunnerState, formData: FormData): Promise<LinkRunnerState> {
  const authorization = await authorizeAction();
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const values = {
    externalId: formString(formData, "externalId") ?? "",
    name: formString(formData, "name") ?? "",
    birthYear: formString(formData, "birthYear") ?? "",
  };
  const parsed = linkRunnerSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<LinkRunnerField>(parsed.error.issues), message: null, values };
  }

  let result: LinkRunnerResult;
  try {
    result = await linkRunnerByIdentity(await getDb(), { userId: authorization.user.id, ...parsed.data });
  } catch (error) {
    logError("linkRunner failed", error);
    return { status: "error", message: "We could not link your runner profile. Please try again in a moment.", values };
  }
  if (!result.ok) return { status: "error", message: messages[result.error], values };

  revalidatePath("/", "layout");
  redirect("/dashboard");
}
