import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "./ids";

/** A race picked on an event page (R11). */
export const makeFinalsQualifierSchema = z.object({ raceId: recordId(msg("admin.unknownRace")) });
