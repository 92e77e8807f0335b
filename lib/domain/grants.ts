/**
 * Approved requests as grants on a runner's status for one Finals edition (R13 with R14, R15, R16).
 */
import type { Grant } from "./qualification";
import type { FinalsRace, IsoDate } from "./types";

/** An approved request, as stored. */
export interface ApprovedRequest {
  requestId: string | number;
  type: "category_change" | "priority_deferral" | "extension" | "top_elite";
  /** The edition the request was filed for. */
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  /** The day of the decision (Europe/Paris), when known. */
  decidedOn?: IsoDate | null;
}

/** The editions whose status an approved request of each type can change, for a query's filter. */
export function requestEditionsFor(editionYear: number): { categoryChangeAndExtension: number; deferral: number } {
  // R15: a deferral approved for one edition carries the priority to the next one.
  return { categoryChangeAndExtension: editionYear, deferral: editionYear - 1 };
}

/**
 * The grants that apply to an edition:
 * - R14 a category change grants its target race for the edition it was filed for;
 * - R15 a priority deferral grants the registered race for the NEXT edition, never the one filed for;
 * - R16 an extension opens the extended window for its race, for the edition filed for only;
 * - R18 Top Elite is not a grant on a race: it widens the period (lib/domain/top-elite.ts).
 */
export function grantsForEdition(approved: readonly ApprovedRequest[], editionYear: number): Grant[] {
  const editions = requestEditionsFor(editionYear);
  const grants: Grant[] = [];
  for (const r of approved) {
    const finalsRace = r.toFinalsRace ?? r.fromFinalsRace;
    if (!finalsRace) continue;
    if (r.type === "priority_deferral") {
      if (r.editionYear === editions.deferral) grants.push({ kind: "deferral", finalsRace, requestId: r.requestId });
    } else if (r.type === "category_change" && r.editionYear === editions.categoryChangeAndExtension) {
      grants.push({
        kind: "category_change",
        finalsRace,
        requestId: r.requestId,
        ...(r.fromFinalsRace ? { fromFinalsRace: r.fromFinalsRace } : {}),
        ...(r.decidedOn ? { decidedOn: r.decidedOn } : {}),
      });
    } else if (r.type === "extension" && r.editionYear === editions.categoryChangeAndExtension) {
      grants.push({ kind: "extension", finalsRace, requestId: r.requestId });
    }
  }
  return grants;
}
