"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { createApiToken } from "@/lib/data/api-tokens";
import { msg } from "@/lib/i18n/keys";
import { createApiTokenSchema } from "@/lib/validations/api-tokens";

export type CreateApiTokenState = FormState<"name"> & { token?: string };

/** Creates an API token for a timing provider; the plain token is in the state once, never again. */
export const createApiTokenAction = formAction<typeof createApiTokenSchema, "name", { token: string }>(["admin"], {
  name: "createApiToken",
  fields: ["name"],
  keep: ["name"],
  schema: createApiTokenSchema,
  failure: msg("admin.tokens.createFailed"),
  async run({ name }, { db, user, t }) {
    const { token } = await createApiToken(db, { name, createdBy: user.id });
    return { ok: true, message: t("admin.tokens.createdMessage", { name }), revalidate: ["/admin/tokens"], extra: { token } };
  },
});
