import { sql } from "drizzle-orm";
import { dataVersions, runners } from "@/db/schema";

/**
 * The version of what a runner's dashboard shows, as "12.3": the runner's `data_version` and the shared
 * catalog's (events, races, editions), both moved by triggers on every write (migration 0002). Null
 * without a runner or without the catalog row, and then nothing is cached. Read by the session query and
 * by the dashboard query, which returns it from the same snapshot as the data.
 */
export const dashboardVersionColumn = sql<string | null>`(${runners.dataVersion}::text || '.' ||
  (select ${dataVersions.version} from ${dataVersions} where ${dataVersions.scope} = 'catalog'))`;
