import { readFileSync } from "node:fs";
import { createTestDatabase } from "@/test/test-database";
import { importResultsFile } from "@/lib/data/import-results";
const d = await createTestDatabase();
for (const [f, ev, level] of [["test/fixtures/real/canyons_2024_100k.csv", "Canyons", "major"], ["test/fixtures/real/torrencialbyutmb_2025_100k.csv", "Torrencial", "event"], ["/tmp/r10k.csv", "Synth", "major"], ["/tmp/r10k.csv", "Synth", "major"]] as const) {
  const t = performance.now();
  const r = await importResultsFile(d.db, readFileSync(f), { eventName: ev, level, source: "cli", fileName: f });
  const ms = performance.now() - t;
  if (!r.ok) { console.log(r.errors); continue; }
  const { newlyQualified, ...rest } = r.summary;
  console.log(ms.toFixed(0), "ms", rest, newlyQualified.length, newlyQualified.slice(0, 3).map(q => `${q.runnerName} ${q.sex} ${q.finalsRace} ${q.editionYear} ${JSON.stringify(q.reasons)}`));
}
await d.dispose();
