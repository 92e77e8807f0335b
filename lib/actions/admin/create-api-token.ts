"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { createApiToken } from "@/lib/data/api-tokens";
import { createApiTokenSchema } from "@/lib/validations/api-tokens";

export type CreateApiTokenState = FormState<"name"> & { token?: string };

/** Creates an API token for a timing provider; the plain token is in the state once, never again. */
export const createApiTokenAction = formAction<typeof createApiTokenSchema, "name", { token: string }>(["admin"], {
  name: "createApiToken",
  fields: ["name"],
  keep: ["name"],
  schema: createApiTokenSchema,
  failure: "The token could not be created. Try again in a moment.",
  async run({ name }, { db, user }) {
    const { token } = await createApiToken(db, { name, createdBy: user.id });
    return {
      ok: true,
      message: `Token created for ${name}. Copy it now: it will not be shown again.`,
      revalidate: ["/admin/tokens"],
      extra: { token },
    };
  },
});
