/**
 * One runner, one result per race. Real exports list some runners twice: a finish under one bib and
 * a DNS under another (a bib transfer), one finish entered twice, or another runner's profile pasted on
 * a row. The row that says most keeps the runner; a row carrying someone else's profile keeps its
 * result without the id; the rows left out are returned so the podium guard (R9) can check them.
 */
import type { ResultStatus } from "@/lib/domain/types";
import type { ProblemList } from "./problems";
import type { ParsedRow } from "./types";

/** What a row says of the race, most first: a finish, a disqualification, a start, no start. */
const WEIGHT: Record<ResultStatus, number> = { finisher: 3, dsq: 2, dnf: 1, dns: 0 };

/** The letters of a name, in any order and case, without accents: "ZHANG Jian" ~ "jian.zhang". */
function letters(name: string): string {
  return [...name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}]/gu, "")].sort().join("");
}

function better(a: ParsedRow, b: ParsedRow): ParsedRow {
  if (WEIGHT[a.status] !== WEIGHT[b.status]) return WEIGHT[a.status] > WEIGHT[b.status] ? a : b;
  const key = (r: ParsedRow) => r.placeBySex ?? r.placeOverall ?? r.timeSeconds ?? Infinity;
  return key(b) < key(a) ? b : a;
}

export function resolveRunnerRows(rows: readonly ParsedRow[], warnings: ProblemList): { rows: ParsedRow[]; leftOut: ParsedRow[] } {
  const byRunner = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    if (!row.externalId) continue;
    const list = byRunner.get(row.externalId);
    if (list) list.push(row);
    else byRunner.set(row.externalId, [row]);
  }
  const dropped = new Set<ParsedRow>();
  const unlinked = new Map<ParsedRow, ParsedRow>();
  for (const [runner, list] of byRunner) {
    if (list.length < 2) continue;
    // Two finishes under two names: another runner's id was pasted on one row. The row whose name is
    // the profile's keeps the id; the other keeps its result without it. (A finish and a DNS under two
    // spellings of one name are one runner: handled below.)
    const finishes = list.filter((r) => r.status === "finisher");
    let same = list;
    if (finishes.length > 1 && new Set(finishes.map((r) => letters(r.name))).size > 1) {
      const owner = finishes.find((r) => r.profileName && letters(r.profileName) === letters(r.name)) ?? finishes[0]!;
      for (const r of finishes) {
        if (letters(r.name) === letters(owner.name)) continue;
        unlinked.set(r, { ...r, externalId: null, profileName: null });
        warnings.add(r.line, "utmb_profile_url", `runner ${runner} is also on line ${owner.line} (${owner.name}) and the profile is theirs: this row (${r.name}) is imported without a runner id`);
      }
      same = list.filter((r) => !unlinked.has(r));
    }
    if (same.length < 2) continue;
    const kept = same.reduce(better);
    for (const r of same) {
      if (r === kept) continue;
      dropped.add(r);
      warnings.add(r.line, "bib", `runner ${runner} is also on line ${kept.line} (bib ${kept.bib}, ${kept.status}): this ${r.status} row (bib ${r.bib}) is left out`);
    }
  }
  if (dropped.size === 0 && unlinked.size === 0) return { rows: [...rows], leftOut: [] };
  return {
    rows: rows.filter((r) => !dropped.has(r)).map((r) => unlinked.get(r) ?? r),
    leftOut: [...dropped],
  };
}
