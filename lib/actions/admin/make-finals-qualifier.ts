"use server";

import { formAction } from "@/lib/actions/form-action";
import { makeFinalsQualifier } from "@/lib/data/events";
import { msg } from "@/lib/i18n/keys";
import { makeFinalsQualifierSchema } from "@/lib/validations/events";

/** R11: an admin names the race of its category that qualifies for the Finals; both races are recomputed. */
export const makeFinalsQualifierAction = formAction(["admin"], {
  name: "makeFinalsQualifier",
  fields: ["raceId"],
  schema: makeFinalsQualifierSchema,
  invalid: msg("admin.unknownRace"),
  failure: msg("admin.event.switchFailed"),
  async run({ raceId }, { db, user, locale, t }) {
    const outcome = await makeFinalsQualifier(db, { raceId, actorUserId: user.id });
    if (!outcome) return { ok: false, message: t("admin.unknownRace") };
    const counts = { race: outcome.raceName, newly: outcome.newlyQualified };
    const cleared = new Intl.ListFormat(locale, { type: "conjunction" }).format(outcome.cleared.map((c) => t("admin.event.quoted", { name: c.name })));
    const message =
      outcome.cleared.length === 0
        ? t("admin.event.switched", counts)
        : t("admin.event.switchedCleared", { ...counts, cleared, count: outcome.cleared.length });
    return { ok: true, message, revalidate: [`/admin/events/${outcome.eventId}`] };
  },
});
