"use server";

import { formAction } from "@/lib/actions/form-action";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { msg } from "@/lib/i18n/keys";
import { revokeApiTokenSchema } from "@/lib/validations/api-tokens";

/** Revokes an API token: requests with it are refused from now on. */
export const revokeApiTokenAction = formAction(["admin"], {
  name: "revokeApiToken",
  fields: ["id"],
  schema: revokeApiTokenSchema,
  invalid: msg("admin.unknownToken"),
  failure: msg("admin.tokens.revokeFailed"),
  async run({ id }, { db, user, t }) {
    const revoked = await revokeApiToken(db, { id, revokedBy: user.id });
    if (!revoked) return { ok: false, message: t("admin.tokens.alreadyRevoked") };
    return { ok: true, message: t("admin.tokens.revokedMessage"), revalidate: ["/admin/tokens"] };
  },
});
