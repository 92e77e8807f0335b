import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { reviewFailureText } from "./review-failure-text";

const en = translator("en");
const fr = translator("fr");

describe("reviewFailureText (the data layer's refusals in the reviewer's language)", () => {
  it("says what was refused, with the facts, in English and French", () => {
    const full = { ok: false, error: "no-bib-left", quota: { editionYear: 2027, finalsRace: "UTMB", sex: "F", bibs: 40 } } as const;
    expect(reviewFailureText(full, en)).toBe("No bib left in UTMB for women (quota 40)");
    expect(reviewFailureText(full, fr)).toBe("Plus de dossard en UTMB pour les femmes (quota 40)");
    const below = { ok: false, error: "below-used", quota: { editionYear: 2026, finalsRace: "OCC", sex: "F", bibsUsed: 12 } } as const;
    expect(reviewFailureText(below, en)).toBe("OCC for women already uses 12 bibs; the quota cannot be lower than that.");
    expect(reviewFailureText(below, fr)).toBe("OCC pour les femmes utilise déjà 12 dossards ; le quota ne peut pas être inférieur.");
  });

  it("tells a decided, a withdrawn and an open request apart", () => {
    expect(reviewFailureText({ ok: false, error: "not-open", status: "approved" }, en)).toBe("This request was already approved; a decision is final.");
    expect(reviewFailureText({ ok: false, error: "not-open", status: "rejected" }, fr)).toBe("Cette demande a déjà été refusée ; une décision est définitive.");
    expect(reviewFailureText({ ok: false, error: "not-open", status: "withdrawn" }, en)).toBe("The runner withdrew this request; it can no longer be decided.");
    expect(reviewFailureText({ ok: false, error: "not-open", status: "in_review" }, fr)).toBe("Cette demande est en cours d’examen et ne peut pas être modifiée pour l’instant.");
  });

  it("names the role a refusal needed, and a missing race or quota", () => {
    expect(reviewFailureText({ ok: false, error: "forbidden", needs: "admin" }, en)).toBe("Only administrators can change the bib quotas.");
    expect(reviewFailureText({ ok: false, error: "forbidden", needs: "elite" }, fr)).toBe("Seule l’équipe élite peut examiner les demandes.");
    const noRace = { ok: false, error: "no-bib-left", quota: { editionYear: 2027, finalsRace: null, sex: "M", bibs: null } } as const;
    expect(reviewFailureText(noRace, en)).toBe("This change of category names no Finals race.");
    const noQuota = { ok: false, error: "no-bib-left", quota: { editionYear: 2027, finalsRace: "CCC", sex: "M", bibs: null } } as const;
    expect(reviewFailureText(noQuota, fr)).toBe("Aucun quota de dossards n’est fixé en CCC pour les hommes en 2027");
    expect(reviewFailureText({ ok: false, error: "no-bib-left", quota: null }, en)).toBe("No bib left in the requested race (the quota is full).");
  });
});

describe("the elite team's confirmations", () => {
  it("agree in number in both languages (French 0 and 1 are singular)", () => {
    expect(en("eliteActions.quotaSaved", { bibs: 41, used: 0, remaining: 41 })).toBe("Saved: 41 bibs, 0 used, 41 left.");
    expect(fr("eliteActions.quotaSaved", { bibs: 41, used: 0, remaining: 41 })).toBe("Enregistré : 41 dossards, 0 utilisé, 41 restants.");
    expect(fr("eliteActions.reviewsStarted", { started: 1 })).toBe("1 demande passée en examen.");
    expect(fr("eliteQueue.bulkStart", { count: 3 })).toBe("Examiner 3 demandes sélectionnées");
    expect(en("eliteQueue.bulkStart", { count: 3 })).toBe("Start review of 3 selected");
    expect(fr("eliteRequest.decision.bibsLeft", { remaining: 1, bibs: 40, race: "CCC", sex: "hommes", year: 2027, used: 39 })).toBe(
      "1 dossard restant sur 40 en CCC pour les hommes (2027 ; 39 utilisés).",
    );
  });
});
