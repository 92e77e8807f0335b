"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { updateQuota } from "@/lib/data/bib-quotas";
import { msg } from "@/lib/i18n/keys";
import { updateQuotaSchema, type UpdateQuotaField } from "@/lib/validations/review";
import { reviewFailureText } from "./review-failure-text";

export type UpdateQuotaState = FormState<UpdateQuotaField>;

/** R14: an admin sets the category-change bibs of one Finals race and sex; never below the bibs used (audited). */
export const updateQuotaAction = formAction(["admin"], {
  name: "updateQuotaAction",
  fields: ["editionYear", "finalsRace", "sex", "bibs"],
  keep: ["editionYear", "finalsRace", "sex", "bibs"],
  schema: updateQuotaSchema,
  failure: msg("eliteActions.quotaFailed"),
  async run(input, { db, user, t }) {
    const result = await updateQuota(db, user, input);
    if (!result.ok) {
      const text = reviewFailureText(result, t);
      if (result.error === "below-used") return { ok: false, message: null, errors: { bibs: [text] } };
      return { ok: false, message: text };
    }
    const q = result.quota;
    return { ok: true, message: t("eliteActions.quotaSaved", { bibs: q.bibs, used: q.bibsUsed, remaining: q.remaining }), revalidate: ["/elite/quotas", "/elite/ledger", "/finals/bibs"] };
  },
});
