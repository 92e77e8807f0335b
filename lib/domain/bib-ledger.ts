/**
 * The bib ledger of a Finals edition (R14, R15, R16, R17): per Finals race and sex, the quota of
 * category-change bibs, who holds a place and how places moved by decisions. Pure: the data layer
 * reads the records, this counts them, so every total is the sum of the movements listed.
 */
import type { RequestAsked } from "./requests";
import { FINALS_RACES, SEXES, type FinalsRace, type Sex } from "./types";

/** A decided or open request as the ledger reads it. */
export interface LedgerRequest extends RequestAsked {
  id: number;
  sex: Sex;
  runnerName: string;
  decidedAt: Date | null;
  decidedByName: string | null;
  decisionReason: string | null;
}

/** An audited quota change (R14: admins set the bibs of a race and sex). */
export interface LedgerQuotaChange {
  at: Date;
  finalsRace: FinalsRace;
  sex: Sex;
  from: number;
  to: number;
  byName: string | null;
}

export type MovementKind = "change_in" | "change_out" | "deferral_out" | "deferral_in" | "extension" | "quota";

/** One line of the ledger: what moved, in which race and sex, who decided and why. */
export interface LedgerMovement {
  at: string;
  kind: MovementKind;
  finalsRace: FinalsRace;
  sex: Sex;
  /** +1 / -1 for places, the difference for a quota change. */
  delta: number;
  requestId: number | null;
  runnerName: string | null;
  byName: string | null;
  reason: string | null;
}

export interface LedgerRow {
  finalsRace: FinalsRace;
  sex: Sex;
  /** R14: category-change bibs of the race and sex; null when none is set. */
  quota: number | null;
  /** R7-R12: runners directly qualified. */
  qualified: number;
  /** Completed registrations. */
  registered: number;
  /** R14: approved changes into this race (each uses one bib) and out of it. */
  changesIn: number;
  changesOut: number;
  /** R15: priorities deferred from the previous edition into this one, and from this one to the next. */
  deferralsIn: number;
  deferralsOut: number;
  /** R16: approved extensions for this race. */
  extensions: number;
  /** R17: requests still open that would move a place of this race. */
  pending: number;
  /** Bibs used as stored with the quota (taken in the approval's transaction). */
  bibsUsed: number;
  /** quota - bibsUsed, never below 0; null without a quota. */
  bibsLeft: number | null;
}

export interface LedgerInput {
  editionYear: number;
  quotas: readonly { finalsRace: FinalsRace; sex: Sex; bibs: number; bibsUsed: number }[];
  qualified: readonly { finalsRace: FinalsRace; sex: Sex; n: number }[];
  registered: readonly { finalsRace: FinalsRace; sex: Sex; n: number }[];
  /** Requests of the edition, and approved deferrals of the edition before (R15 moves them into this one). */
  requests: readonly LedgerRequest[];
  quotaChanges: readonly LedgerQuotaChange[];
}

export interface BibLedger {
  editionYear: number;
  rows: LedgerRow[];
  movements: LedgerMovement[];
}

function key(race: FinalsRace, sex: Sex): string {
  return `${race}:${sex}`;
}

function movementsOf(r: LedgerRequest, editionYear: number): Omit<LedgerMovement, "at" | "requestId" | "runnerName" | "byName" | "reason">[] {
  if (r.status !== "approved") return [];
  const at = (race: FinalsRace | null, kind: MovementKind, delta: number) => (race ? [{ kind, finalsRace: race, sex: r.sex, delta }] : []);
  if (r.type === "priority_deferral") {
    // R15: approved for one edition, the priority moves to the next one.
    if (r.editionYear === editionYear) return at(r.fromFinalsRace, "deferral_out", -1);
    if (r.editionYear === editionYear - 1) return at(r.fromFinalsRace, "deferral_in", 1);
    return [];
  }
  if (r.editionYear !== editionYear) return [];
  if (r.type === "extension") return at(r.toFinalsRace, "extension", 1);
  return [...at(r.toFinalsRace, "change_in", 1), ...at(r.fromFinalsRace, "change_out", -1)];
}

/** The race a still-open request would move a place of: the target, or the registered race of a deferral. */
function pendingRace(r: LedgerRequest, editionYear: number): FinalsRace | null {
  if (r.editionYear !== editionYear || (r.status !== "submitted" && r.status !== "in_review")) return null;
  return r.type === "priority_deferral" ? r.fromFinalsRace : r.toFinalsRace;
}

/** Builds the ledger: one row per Finals race and sex (OCC, CCC, UTMB; women, men), movements oldest first. */
export function buildBibLedger(input: LedgerInput): BibLedger {
  const { editionYear } = input;
  const movements: LedgerMovement[] = [];
  for (const r of input.requests) {
    for (const m of movementsOf(r, editionYear)) {
      movements.push({ ...m, at: (r.decidedAt ?? new Date(0)).toISOString(), requestId: r.id, runnerName: r.runnerName, byName: r.decidedByName, reason: r.decisionReason });
    }
  }
  for (const q of input.quotaChanges) {
    movements.push({ at: q.at.toISOString(), kind: "quota", finalsRace: q.finalsRace, sex: q.sex, delta: q.to - q.from, requestId: null, runnerName: null, byName: q.byName, reason: `Quota ${q.from} → ${q.to}` });
  }
  movements.sort((a, b) => a.at.localeCompare(b.at) || (a.requestId ?? 0) - (b.requestId ?? 0));

  const quotas = new Map(input.quotas.map((q) => [key(q.finalsRace, q.sex), q]));
  const qualified = new Map(input.qualified.map((q) => [key(q.finalsRace, q.sex), q.n]));
  const registered = new Map(input.registered.map((q) => [key(q.finalsRace, q.sex), q.n]));
  const rows = FINALS_RACES.flatMap((finalsRace) =>
    SEXES.map((sex): LedgerRow => {
      const mine = movements.filter((m) => m.finalsRace === finalsRace && m.sex === sex);
      const countOf = (kind: MovementKind) => mine.filter((m) => m.kind === kind).length;
      const quota = quotas.get(key(finalsRace, sex));
      return {
        finalsRace,
        sex,
        quota: quota?.bibs ?? null,
        qualified: qualified.get(key(finalsRace, sex)) ?? 0,
        registered: registered.get(key(finalsRace, sex)) ?? 0,
        changesIn: countOf("change_in"),
        changesOut: countOf("change_out"),
        deferralsIn: countOf("deferral_in"),
        deferralsOut: countOf("deferral_out"),
        extensions: countOf("extension"),
        pending: input.requests.filter((r) => r.sex === sex && pendingRace(r, editionYear) === finalsRace).length,
        bibsUsed: quota?.bibsUsed ?? 0,
        bibsLeft: quota ? Math.max(0, quota.bibs - quota.bibsUsed) : null,
      };
    }),
  );
  return { editionYear, rows, movements };
}

/** The public summary: counts only, never a name or a reason. */
export function publicLedger(ledger: BibLedger): { editionYear: number; rows: LedgerRow[] } {
  return { editionYear: ledger.editionYear, rows: ledger.rows };
}
