import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsEditions } from "@/db/schema";
import { defaultEditionConfig, defaultTopEliteConfig } from "@/lib/domain/edition";
import type { FinalsEditionConfig } from "@/lib/domain/types";

type Row = typeof finalsEditions.$inferSelect;

/** An edition's config from its stored row. */
export function editionConfigFromRow(row: Omit<Row, "updatedAt">): FinalsEditionConfig {
  return {
    year: row.year,
    qualificationStart: row.qualificationStart,
    qualificationEnd: row.qualificationEnd,
    scoreThresholds: row.scoreThresholds,
    extensionThresholds: row.extensionThresholds,
    extensionDeadline: row.extensionDeadline,
    extensionWindowEnd: row.extensionWindowEnd,
    podiumPlaces: { event: row.podiumPlacesEvent, major: row.podiumPlacesMajor },
    majorPlacesPerSex: row.majorPlacesPerSex,
    categoryBands: row.categoryBands,
    // R18: an edition stored before the Top Elite thresholds existed keeps the rules' defaults.
    topElite: row.topElite ?? defaultTopEliteConfig(row.year),
  };
}

/** The stored config of an edition, or the defaults of the rules when none is stored. */
export async function getEditionConfig(db: Db | Tx, year: number): Promise<FinalsEditionConfig> {
  const [row] = await db.select().from(finalsEditions).where(eq(finalsEditions.year, year)).limit(1);
  return row ? editionConfigFromRow(row) : defaultEditionConfig(year);
}

/**
 * A loader that memoises edition configs for one computation (a recompute touches a few editions
 * many times).
 */
export function editionConfigLoader(db: Db | Tx): (year: number) => Promise<FinalsEditionConfig> {
  const cache = new Map<number, Promise<FinalsEditionConfig>>();
  return (year) => {
    let pending = cache.get(year);
    if (!pending) {
      pending = getEditionConfig(db, year);
      cache.set(year, pending);
    }
    return pending;
  };
}

/** Row values for storing a config (seed, admin edits). */
export function editionConfigToRow(config: FinalsEditionConfig): typeof finalsEditions.$inferInsert {
  return {
    year: config.year,
    qualificationStart: config.qualificationStart,
    qualificationEnd: config.qualificationEnd,
    scoreThresholds: config.scoreThresholds,
    extensionThresholds: config.extensionThresholds,
    extensionDeadline: config.extensionDeadline,
    extensionWindowEnd: config.extensionWindowEnd,
    podiumPlacesEvent: config.podiumPlaces.event,
    podiumPlacesMajor: config.podiumPlaces.major,
    majorPlacesPerSex: config.majorPlacesPerSex,
    categoryBands: config.categoryBands,
    topElite: config.topElite,
  };
}
