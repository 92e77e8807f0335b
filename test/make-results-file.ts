/**
 * Builds a synthetic results file in the live-results export format (benchmarks and tests): seeded, so
 * the same options always give the same bytes. See scripts/make-results-file.ts.
 */
import { ageGroupFor, ageGroupLabel } from "@/lib/domain/age-group";
import { mulberry32 } from "@/db/random";
import { LIVE_COLUMNS } from "@/lib/ingest/formats/live";

export interface MakeResultsFileOptions {
  rows: number;
  seed?: number;
  race?: string;
  distanceKm?: number;
  elevationGainM?: number;
  date?: string;
  /** First runner number of the synthetic profile urls (distinct files: distinct runners). */
  firstRunnerId?: number;
}

const FIRST = ["Léa", "Tomás", "Zoë", "Jürgen", "Ana", "Kilian", "Courtney", "Jim", "Núria", "Håkon", "Ömer", "Mathieu", "Sakura", "Wei", "Łukasz", "Chloé"];
const LAST = ["DUPONT", "GARCÍA", "MÜLLER", "SCHIDE", "WALMSLEY", "DAUWALTER", "HOLMEN", "NOVÁK", "PEÑA", "ØSTBY", "KOWALSKI", "SILVA", "ÇELIK", "BERNARD"];
const NON_LATIN = ["威廷 陳", "さくら 山田", "Иван ПЕТРОВ", "יעל כהן", "민준 김"];
const COUNTRIES = ["FR", "US", "ES", "IT", "CH", "DE", "GB", "JP", "CN", "", "CL", "PL"];
const CLUBS = ["", "", "Trail Club", "Team Hoka", "Gep Running,Talagante-Chile", 'The "Fast" Ones'];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function hms(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** The file's text. */
export function buildResultsFile(options: MakeResultsFileOptions): string {
  const random = mulberry32((options.seed ?? 1) >>> 0 || 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const firstRunnerId = options.firstRunnerId ?? 9_000_000;
  type Runner = { bib: number; name: string; country: string; age: number; sex: "H" | "F"; club: string; url: string; index: string; status: "f" | "a" | "np"; seconds: number };
  const list: Runner[] = [];
  for (let i = 0; i < options.rows; i++) {
    const sex = random() < 0.3 ? "F" : "H";
    const name = random() < 0.02 ? pick(NON_LATIN) : `${pick(FIRST)} ${pick(LAST)}`;
    const id = firstRunnerId + i;
    const slug = name.toLowerCase().replace(/[^a-z]+/g, ".");
    const u = random();
    const status = u < 0.75 ? "f" : u < 0.93 ? "a" : "np";
    const base = 30_000 + random() * 40_000 + (sex === "F" ? 3_000 : 0);
    list.push({
      bib: 1000 + i,
      name,
      country: pick(COUNTRIES),
      age: 18 + Math.floor(random() * 55),
      sex,
      club: pick(CLUBS),
      url: random() < 0.01 ? "" : `https://utmb.world/runner/${id}.${slug}`,
      index: random() < 0.3 ? "" : `${300 + Math.floor(random() * 600)}.0`,
      status,
      seconds: status === "np" ? 0 : status === "a" ? base * (0.2 + random() * 0.7) : Math.round(base * 100) / 100,
    });
  }
  // Ties: every 50th finisher crosses the line with the one before.
  const finishers = list.filter((r) => r.status === "f").sort((a, b) => a.seconds - b.seconds);
  finishers.forEach((r, i) => {
    if (i > 0 && i % 50 === 0) r.seconds = finishers[i - 1]?.seconds ?? r.seconds;
  });
  const dnf = list.filter((r) => r.status === "a").sort((a, b) => b.seconds - a.seconds);
  const dns = list.filter((r) => r.status === "np");

  const ranked = [...finishers, ...dnf];
  const placeOf = new Map<Runner, { scratch: number; sex: number; cat: number }>();
  const counters = new Map<string, { n: number; last: number; place: number }>();
  const rankIn = (key: string, r: Runner) => {
    const c = counters.get(key) ?? { n: 0, last: -1, place: 0 };
    c.n++;
    // Finishers with the same time share the place (competition ranking); DNFs are ranked in order.
    if (r.status !== "f" || r.seconds !== c.last) c.place = c.n;
    c.last = r.status === "f" ? r.seconds : -1;
    counters.set(key, c);
    return c.place;
  };
  for (const r of ranked) {
    const group = ageGroupFor(r.age) ?? "20-34";
    placeOf.set(r, { scratch: rankIn("all", r), sex: rankIn(r.sex, r), cat: rankIn(`${r.sex}${group}`, r) });
  }

  const lines = [
    `# Race: ${options.race ?? "Synthetic Trail 100K"}`,
    `# Distance: ${options.distanceKm ?? 101.5} km`,
    `# D+: ${options.elevationGainM ?? 5200} m`,
    `# D-: ${options.elevationGainM ?? 5200} m`,
    `# Date: ${options.date ?? "2025-06-14"}`,
    "# URL: https://live.example.org/synthetic/2025",
    LIVE_COLUMNS.join(","),
  ];
  const fastest = finishers[0]?.seconds ?? 1;
  for (const r of [...ranked, ...dns]) {
    const p = placeOf.get(r);
    const group = ageGroupLabel(ageGroupFor(r.age) ?? "20-34", r.sex === "F" ? "F" : "M");
    // R5: a score measures speed on the course: about 900 for the fastest, lower as the time grows.
    const score = r.status === "f" && random() < 0.85 ? `${Math.round((900 * fastest) / r.seconds)}.0` : "";
    lines.push(
      [
        String(r.bib), csvCell(r.name), r.country, String(r.age), r.sex, group, csvCell(r.club), r.url, r.index,
        p ? `${p.scratch}.0` : "", p ? `${p.sex}.0` : "", p ? `${p.cat}.0` : "",
        hms(r.seconds), String(r.seconds), r.status === "f" ? "True" : "False", r.status, score,
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
