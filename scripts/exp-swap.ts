import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { register } from "node:module";
register("./node-hooks.mjs", import.meta.url);
const { openDatabase } = await import("@/db/client");
const { sql } = await import("drizzle-orm");
const dir = mkdtempSync(path.join(os.tmpdir(), "exp-"));
cpSync(".data-bench-import/seed-20000-100000/pglite", path.join(dir, "pglite"), { recursive: true });
const d = await openDatabase({ dataDir: dir });
const db = d.db;
const t = async (label: string, q: any) => { const t0 = performance.now(); const r: any = await db.execute(q); console.log(label, Math.round(performance.now() - t0), "ms", r.affectedRows ?? r.rows?.length); };
await t("create", sql`create table stage (bib text, external_id text, name text, sex sex, nationality text, time_seconds integer, status result_status, place_overall integer, place_by_sex integer, age_group text, place_in_age_group integer, age smallint, utmb_score real, file_index real, runner_id integer, finisher_place integer)`);
const N = 80000;
if (process.env.NOTRIG) await t("notrig", sql`alter table results disable trigger user`);
if (process.env.NEWTRIG) await t("newtrig", sql.raw(`CREATE OR REPLACE FUNCTION "bump_runner_data_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE runners r SET data_version = r.data_version + 1 FROM (SELECT DISTINCT runner_id FROM new_rows ORDER BY 1) n WHERE r.id = n.runner_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE runners r SET data_version = r.data_version + 1 FROM (SELECT runner_id FROM new_rows UNION SELECT runner_id FROM old_rows) n WHERE r.id = n.runner_id;
  END IF;
  RETURN NULL;
END $$;`));
let worst = 0; const t0 = performance.now();
for (let i = 0; i < N; i += 2000) {
  const rows = [];
  for (let j = i; j < i + 2000; j++) rows.push(sql`(${String(1000 + j)}, ${String(40000000 + j)}, ${"Runner " + j}, ${j % 3 ? "M" : "F"}::sex, ${"FR"}, ${30000 + j}, 'finisher'::result_status, ${j + 1}, ${j + 1}, ${"20-34"}, ${j + 1}, ${30}::smallint, ${500}::real, ${600}::real)`);
  const s = performance.now();
  await db.execute(sql`insert into stage (bib, external_id, name, sex, nationality, time_seconds, status, place_overall, place_by_sex, age_group, place_in_age_group, age, utmb_score, file_index) values ${sql.join(rows, sql`, `)}`);
  worst = Math.max(worst, performance.now() - s);
}
console.log("stage total", Math.round(performance.now() - t0), "worst batch", Math.round(worst));
await t("event", sql`insert into events (name, level, year) values ('Exp', 'major', 2026)`);
await t("race", sql`insert into races (event_id, name, date, distance_km, elevation_gain_m) select id, 'Exp', '2026-06-14', 50, 2000 from events where name = 'Exp'`);
await t("begin", sql`begin`);
await t("runners insert", sql`insert into runners (external_id, name, sex, nationality) select external_id, name, sex, nationality from stage`);
await t("runner ids", sql`update stage set runner_id = r.id from runners r where r.external_id = stage.external_id`);
await t("results insert", sql`insert into results (race_id, runner_id, bib, time_seconds, status, place_overall, place_by_sex, age_group, place_in_age_group, age, utmb_score, file_index) select (select id from races where name = 'Exp'), runner_id, bib, time_seconds, status, place_overall, place_by_sex, age_group, place_in_age_group, age, utmb_score, file_index from stage`);
await t("results update places", sql`update results set finisher_place_by_sex = place_by_sex where race_id = (select id from races where name = 'Exp')`);
await t("commit", sql`commit`);
await d.close();
