import { z } from "zod";

/** A database id from a URL or a form: a positive int4 (larger ones never reach the database). */
export const recordIdSchema = z.coerce.number({ message: "Unknown record." }).int("Unknown record.").positive("Unknown record.").max(2_147_483_647, "Unknown record.");

/** A race picked on an event page. */
export const makeFinalsQualifierSchema = z.object({ raceId: recordIdSchema });
