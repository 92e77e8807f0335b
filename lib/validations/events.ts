import { z } from "zod";

/** A race picked on an event page (int4: ids beyond it never reach the database). */
export const makeFinalsQualifierSchema = z.object({
  raceId: z.coerce.number({ message: "Unknown race." }).int("Unknown race.").positive("Unknown race.").max(2_147_483_647, "Unknown race."),
});
