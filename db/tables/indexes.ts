/**
 * R6: the UTMB Index of the runners the elite team reviews (those with a request), kept so the review queue
 * can sort thousands of requests by it in SQL. Computed by the rules engine (lib/domain/utmb-index.ts), never
 * by SQL, when a request is filed and whenever a recompute touches the runner's races; `computedOn` says as of
 * which day (the index moves with time: older results are discounted).
 */
import { date, integer, pgTable, real } from "drizzle-orm/pg-core";
import { runners } from "./results";
import { moment } from "./columns";

export const runnerIndexes = pgTable("runner_indexes", {
  runnerId: integer("runner_id")
    .primaryKey()
    .references(() => runners.id, { onDelete: "cascade" }),
  general: real("general"),
  index20k: real("index_20k"),
  index50k: real("index_50k"),
  index100k: real("index_100k"),
  index100m: real("index_100m"),
  computedOn: date("computed_on", { mode: "string" }).notNull(),
  updatedAt: moment("updated_at").notNull().defaultNow(),
});
