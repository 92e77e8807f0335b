import { z } from "zod";
import { recordId } from "./ids";

/** A race picked on an event page (R11). */
export const makeFinalsQualifierSchema = z.object({ raceId: recordId("Unknown race.") });
