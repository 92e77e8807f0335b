import { timestamp } from "drizzle-orm/pg-core";

/** A moment in time, stored with its time zone (every timestamp of the schema). */
export const moment = (name: string) => timestamp(name, { withTimezone: true });
