"use server";

import { formAction } from "@/lib/actions/form-action";
import { declareResultsFinal } from "@/lib/data/events";
import { msg } from "@/lib/i18n/keys";
import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { makeFinalsQualifierSchema } from "@/lib/validations/events";

/** R20: an admin declares a race's results final (its places stop being provisional; its runners are told). */
export const declareResultsFinalAction = formAction(["admin"], {
  name: "declareResultsFinal",
  fields: ["raceId"],
  schema: makeFinalsQualifierSchema,
  invalid: msg("admin.unknownRace"),
  failure: msg("admin.event.declareFailed"),
  async run({ raceId }, { db, user, t }) {
    const outcome = await declareResultsFinal(db, { raceId, actorUserId: user.id });
    if (!outcome) return { ok: false, message: t("admin.unknownRace") };
    if (outcome.already) return { ok: false, message: t("admin.event.alreadyFinal", { race: outcome.raceName }) };
    scheduleNotificationDelivery(); // the qualified runners' emails, after the commit
    return { ok: true, message: t("admin.event.declared", { race: outcome.raceName, count: outcome.told }), revalidate: [`/admin/events/${outcome.eventId}`] };
  },
});
