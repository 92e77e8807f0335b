"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { updateQuota } from "@/lib/data/bib-quotas";
import { updateQuotaSchema, type UpdateQuotaField } from "@/lib/validations/review";

export type UpdateQuotaState = FormState<UpdateQuotaField>;

/** R14: an admin sets the category-change bibs of one Finals race and sex; never below the bibs used (audited). */
export const updateQuotaAction = formAction(["admin"], {
  name: "updateQuotaAction",
  fields: ["editionYear", "finalsRace", "sex", "bibs"],
  keep: ["editionYear", "finalsRace", "sex", "bibs"],
  schema: updateQuotaSchema,
  failure: "The quota could not be saved. Please try again in a moment.",
  async run(input, { db, user }) {
    const result = await updateQuota(db, user, input);
    if (!result.ok) {
      if (result.error === "below-used") return { ok: false, message: null, errors: { bibs: [result.message] } };
      return { ok: false, message: result.message };
    }
    const q = result.quota;
    return { ok: true, message: `Saved: ${q.bibs} bibs, ${q.bibsUsed} used, ${q.remaining} left.`, revalidate: ["/elite/quotas", "/elite/ledger", "/finals/bibs"] };
  },
});
