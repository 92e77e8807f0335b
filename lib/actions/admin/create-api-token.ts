"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { createApiToken } from "@/lib/data/api-tokens";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { createApiTokenSchema } from "@/lib/validations/api-tokens";
import { logError } from "@/lib/log";

export type CreateApiTokenState = FormState<"name"> & { token?: string };

/** Creates an API token for a timing provider; the plain token is in the state once, never again. */
export async function createApiTokenAction(_prev: CreateApiTokenState, formData: FormData): Promise<CreateApiTokenState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const values = { name: formString(formData, "name") ?? "" };
  const parsed = createApiTokenSchema.safeParse(values);
  if (!parsed.success) return { status: "error", errors: fieldErrors<"name">(parsed.error.issues), values };
  let token: string;
  try {
    ({ token } = await createApiToken(await getDb(), { name: parsed.data.name, createdBy: authorization.user.id }));
  } catch (error) {
    logError("createApiToken failed", error);
    return { status: "error", message: "The token could not be created. Try again in a moment.", values };
  }
  revalidatePath("/admin/tokens");
  return { status: "success", message: `Token created for ${parsed.data.name}. Copy it now: it will not be shown again.`, token };
}
