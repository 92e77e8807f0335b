/** R8, R11, R21: the races left in a runner's period, with their last edition's constant, on a real database. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events, races } from "@/db/schema";
import { importResultsFile } from "@/lib/ingest/import";
import { whatItTakes } from "@/lib/domain/what-it-takes";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { listRacesLeft } from "./next-steps";

let database: TestDatabase;
const TORRENCIAL = path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv");

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "races_ahead" });
});
afterAll(async () => {
  await database?.dispose();
});

async function addEvent(name: string, year: number, level: "event" | "major" | "finals", raceList: { name: string; date: string; category: "50K" | "100K" }[]) {
  const [event] = await database.db.insert(events).values({ name, year, level }).returning({ id: events.id });
  await database.db.insert(races).values(raceList.map((r) => ({ eventId: event!.id, name: r.name, date: r.date, distanceKm: 100, elevationGainM: 4000, category: r.category })));
}

describe("listRacesLeft", () => {
  it("lists the Events' and Majors' races of the categories still to come in the period, with the last scored edition's constant", async () => {
    const imported = await importResultsFile(database.db, readFileSync(TORRENCIAL), { eventName: "Torrencial by UTMB", level: "event", raceName: "Long", source: "cli" });
    if (!imported.ok) throw new Error("fixture refused");
    const [last] = await database.db.select({ constant: races.scoreConstant }).from(races).where(eq(races.id, imported.summary.raceId));
    await addEvent("Torrencial by UTMB", 2026, "event", [
      { name: "Long", date: "2026-12-05", category: "100K" },
      { name: "Short", date: "2026-12-06", category: "50K" },
    ]);
    await addEvent("New Winter Trail", 2026, "major", [{ name: "Long", date: "2026-12-12", category: "100K" }]);
    await addEvent("Late Trail", 2027, "event", [{ name: "Long", date: "2027-01-10", category: "100K" }]);
    await addEvent("Finals Week", 2026, "finals", [{ name: "Long", date: "2026-12-01", category: "100K" }]);
    await addEvent("Past Trail", 2026, "event", [{ name: "Long", date: "2026-11-20", category: "100K" }]);

    const ahead = await listRacesLeft(database.db, { today: "2026-11-26", until: "2026-12-31" });
    expect(ahead.map((r) => [r.eventName, r.raceName, r.date, r.eventLevel, r.category])).toEqual([
      ["Torrencial by UTMB", "Long", "2026-12-05", "event", "100K"],
      ["Torrencial by UTMB", "Short", "2026-12-06", "event", "50K"],
      ["New Winter Trail", "Long", "2026-12-12", "major", "100K"],
    ]);
    expect(ahead[0]!.lastEditionConstant).toBeCloseTo(last!.constant!, 3);
    expect(ahead[1]!.lastEditionConstant).toBeNull(); // no earlier "Short"
    expect(ahead[2]!.lastEditionConstant).toBeNull();

    // What it takes there (R21): the time that scores the threshold on the last edition's constant.
    const edition = defaultEditionConfig(2027);
    const target = whatItTakes({ lastEditionConstant: ahead[0]!.lastEditionConstant, sex: "F", category: "100K" }, edition);
    expect(target.kind).toBe("finish_time");
    expect(whatItTakes({ lastEditionConstant: ahead[1]!.lastEditionConstant, sex: "F", category: "100K" }, edition).kind).toBe("no_earlier_edition");
    expect(await listRacesLeft(database.db, { today: "2026-12-31", until: "2026-12-31" })).toEqual([]);
  });
});
