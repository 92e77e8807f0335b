"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { makeFinalsQualifier } from "@/lib/data/events";
import { formString, type FormState } from "@/lib/actions/form-state";
import { makeFinalsQualifierSchema } from "@/lib/validations/events";

/** R11: an admin names the race of its category that qualifies for the Finals; both races are recomputed. */
export async function makeFinalsQualifierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const parsed = makeFinalsQualifierSchema.safeParse({ raceId: formString(formData, "raceId") });
  if (!parsed.success) return { status: "error", message: "Unknown race." };
  let outcome: Awaited<ReturnType<typeof makeFinalsQualifier>>;
  try {
    outcome = await makeFinalsQualifier(await getDb(), { raceId: parsed.data.raceId, actorUserId: authorization.user.id });
  } catch (error) {
    console.error("makeFinalsQualifier failed", error instanceof Error ? error.message : error);
    return { status: "error", message: "The qualifier could not be changed. Try again in a moment." };
  }
  if (!outcome) return { status: "error", message: "Unknown race." };
  revalidatePath(`/admin/events/${outcome.eventId}`);
  const others = outcome.cleared.map((c) => `"${c.name}"`).join(", ");
  return {
    status: "success",
    message: `"${outcome.raceName}" is now the Finals qualifier${others ? `; ${others} no longer qualif${outcome.cleared.length === 1 ? "ies" : "y"}` : ""}. ${outcome.newlyQualified} runner${outcome.newlyQualified === 1 ? "" : "s"} newly qualified.`,
  };
}
