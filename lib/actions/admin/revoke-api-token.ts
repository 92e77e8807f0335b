"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { formString, type FormState } from "@/lib/actions/form-state";
import { revokeApiTokenSchema } from "@/lib/validations/api-tokens";
import { logError } from "@/lib/log";

/** Revokes an API token: requests with it are refused from now on. */
export async function revokeApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const parsed = revokeApiTokenSchema.safeParse({ id: formString(formData, "id") });
  if (!parsed.success) return { status: "error", message: "Unknown token." };
  const { id } = parsed.data;
  let revoked: boolean;
  try {
    revoked = await revokeApiToken(await getDb(), { id, revokedBy: authorization.user.id });
  } catch (error) {
    logError("revokeApiToken failed", error);
    return { status: "error", message: "The token could not be revoked. Try again in a moment." };
  }
  revalidatePath("/admin/tokens");
  return revoked ? { status: "success", message: "Token revoked." } : { status: "error", message: "This token was already revoked." };
}
