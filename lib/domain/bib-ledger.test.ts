import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBibLedger, publicLedger, type LedgerRequest } from "./bib-ledger";
import { REQUEST_STATUSES, REQUEST_TYPES } from "./requests";
import { FINALS_RACES, SEXES } from "./types";

const race = fc.constantFrom(...FINALS_RACES);
const request: fc.Arbitrary<LedgerRequest> = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  type: fc.constantFrom(...REQUEST_TYPES),
  status: fc.constantFrom(...REQUEST_STATUSES),
  editionYear: fc.constantFrom(2026, 2027),
  fromFinalsRace: fc.option(race, { nil: null }),
  toFinalsRace: fc.option(race, { nil: null }),
  sex: fc.constantFrom(...SEXES),
  runnerName: fc.string(),
  decidedAt: fc.option(fc.date({ min: new Date("2026-01-01"), max: new Date("2027-01-01"), noInvalidDate: true }), { nil: null }),
  decidedByName: fc.option(fc.string(), { nil: null }),
  decisionReason: fc.option(fc.string(), { nil: null }),
});

describe("buildBibLedger", () => {
  it("counts each row as the sum of its movements, whatever the requests (property)", () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (requests) => {
        const ledger = buildBibLedger({ editionYear: 2027, quotas: [], qualified: [], registered: [], requests, quotaChanges: [] });
        for (const row of ledger.rows) {
          const mine = ledger.movements.filter((m) => m.finalsRace === row.finalsRace && m.sex === row.sex);
          expect(row.changesIn + row.changesOut + row.deferralsIn + row.deferralsOut + row.extensions).toBe(mine.length);
        }
        // Only approvals move places; only the open requests of the edition are pending.
        const approved = requests.filter((r) => r.status === "approved");
        expect(ledger.movements.every((m) => approved.some((r) => r.id === m.requestId))).toBe(true);
        const open = requests.filter((r) => r.editionYear === 2027 && (r.status === "submitted" || r.status === "in_review") && (r.type === "priority_deferral" ? r.fromFinalsRace : r.toFinalsRace));
        expect(ledger.rows.reduce((s, r) => s + r.pending, 0)).toBe(open.length);
      }),
    );
  });

  it("R15: a deferral approved for 2026 comes into 2027; one approved for 2027 goes out of it", () => {
    const base = { status: "approved" as const, type: "priority_deferral" as const, toFinalsRace: null, sex: "F" as const, runnerName: "A", decidedAt: new Date("2026-05-01"), decidedByName: "C", decisionReason: "ok" };
    const ledger = buildBibLedger({
      editionYear: 2027,
      quotas: [],
      qualified: [],
      registered: [],
      requests: [
        { ...base, id: 1, editionYear: 2026, fromFinalsRace: "CCC" },
        { ...base, id: 2, editionYear: 2027, fromFinalsRace: "UTMB" },
        { ...base, id: 3, editionYear: 2025, fromFinalsRace: "OCC" },
      ],
      quotaChanges: [],
    });
    expect(ledger.movements.map((m) => [m.requestId, m.kind, m.finalsRace])).toEqual([
      [1, "deferral_in", "CCC"],
      [2, "deferral_out", "UTMB"],
    ]);
  });

  it("a change of category moves one place in and one out; the bibs left are the quota less the bibs used", () => {
    const ledger = buildBibLedger({
      editionYear: 2027,
      quotas: [{ finalsRace: "OCC", sex: "M", bibs: 40, bibsUsed: 1 }],
      qualified: [{ finalsRace: "CCC", sex: "M", n: 12 }],
      registered: [],
      requests: [{ id: 9, type: "category_change", status: "approved", editionYear: 2027, fromFinalsRace: "CCC", toFinalsRace: "OCC", sex: "M", runnerName: "T", decidedAt: new Date("2026-11-01"), decidedByName: "C", decisionReason: "bib free" }],
      quotaChanges: [{ at: new Date("2026-10-01"), finalsRace: "OCC", sex: "M", from: 30, to: 40, byName: "Admin" }],
    });
    const occ = ledger.rows.find((r) => r.finalsRace === "OCC" && r.sex === "M");
    expect(occ).toMatchObject({ quota: 40, changesIn: 1, bibsUsed: 1, bibsLeft: 39 });
    expect(ledger.rows.find((r) => r.finalsRace === "CCC" && r.sex === "M")).toMatchObject({ qualified: 12, changesOut: 1, quota: null, bibsLeft: null });
    expect(ledger.movements.map((m) => m.kind)).toEqual(["quota", "change_in", "change_out"]);
    expect(JSON.stringify(publicLedger(ledger))).not.toMatch(/"T"|bib free|Admin/);
  });
});
