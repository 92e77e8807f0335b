import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { documentProblemText, failureText, refusalMessage, refusalText } from "./refusal-text";

const refusals = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "refusals" });
const en = refusals("en");
const fr = refusals("fr");

describe("refusalText", () => {
  it("names the races, the edition and the deadline in English", () => {
    expect(refusalText({ code: "not-adjacent", from: "OCC", to: "UTMB", allowed: ["CCC"] }, en, "en")).toBe(
      "You can only move one category up or down: from OCC you may ask for CCC, not UTMB.",
    );
    expect(refusalText({ code: "extension-closed", editionYear: 2027, deadline: "2026-11-30" }, en, "en")).toBe(
      "Applications for an extension to the 2027 Finals closed on 30 Nov 2026.",
    );
    expect(refusalText({ code: "already-open", type: "priority_deferral", editionYear: 2027, requestId: 12 }, en, "en")).toBe(
      "You already have an open priority deferral request for the 2027 Finals (request #12). Withdraw it or wait for the decision first.",
    );
  });

  it("speaks French with the races' articles and French dates", () => {
    expect(refusalText({ code: "not-adjacent", from: "OCC", to: "UTMB", allowed: ["CCC"] }, fr, "fr")).toBe(
      "Vous ne pouvez monter ou descendre que d'une catégorie : depuis l'OCC, vous pouvez demander la CCC, pas l'UTMB.",
    );
    expect(refusalText({ code: "extension-closed", editionYear: 2027, deadline: "2026-11-30" }, fr, "fr")).toBe(
      "Les demandes de prolongation pour les Finales 2027 étaient ouvertes jusqu'au 30 nov. 2026.",
    );
    expect(refusalText({ code: "extension-race-not-allowed", finalsRace: "UTMB", allowed: ["OCC", "CCC"] }, fr, "fr")).toBe(
      "Vos scores permettent une prolongation pour l'OCC ou la CCC, pas pour l'UTMB.",
    );
  });

  it("puts a missing document beside the file input and other failures on top", () => {
    expect(failureText({ error: "documents-required" }, en, "en").documents).toMatch(/^Attach at least one document/);
    expect(failureText({ error: "request-closed", status: "approved" }, fr, "fr")).toEqual({ message: "Cette demande est close : elle ne peut plus être modifiée." });
    const notADocument = { error: "documents-invalid", problem: { code: "not-a-document", file: "x.pdf" } } as const;
    expect(failureText(notADocument, en, "en")).toEqual({ documents: "x.pdf is not a PDF, JPEG or PNG file." });
    expect(failureText(notADocument, fr, "fr")).toEqual({ documents: "x.pdf n'est pas un fichier PDF, JPEG ou PNG." });
  });

  it("says the size limits and how many documents are left", () => {
    expect(documentProblemText({ code: "too-large", file: "scan.png", limitBytes: 10 * 1024 * 1024 }, en)).toBe("scan.png is larger than 10 MB.");
    expect(documentProblemText({ code: "too-large", file: "scan.png", limitBytes: 10 * 1024 * 1024 }, fr)).toBe("scan.png dépasse 10 Mo.");
    expect(documentProblemText({ code: "too-many", max: 5, left: 1 }, en)).toBe("A request can hold at most 5 documents; you can add 1 more.");
    expect(documentProblemText({ code: "too-many", max: 5, left: 0 }, en)).toBe("This request already has 5 documents, the most a request can hold.");
  });
});

describe("refusalMessage", () => {
  const reviewer = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "eliteEligibility.refusal" });
  const words = { race: (race: string) => race, races: (races: readonly string[]) => races.join(" or "), day: (iso: string) => iso, sex: (sex: string) => (sex === "F" ? "women" : "men") };

  it("gives the reviewer's namespace the same keys and placeholders as the runner's", () => {
    const say = (refusal: Parameters<typeof refusalMessage>[0]) => {
      const { key, values } = refusalMessage(refusal, words);
      return reviewer("en")(key, values as never);
    };
    expect(say({ code: "extension-closed", editionYear: 2027, deadline: "2026-11-30" })).toBe("Applications for an extension to the 2027 Finals closed on 2026-11-30.");
    expect(say({ code: "extension-score-missing", sex: "F", thresholds: { "50K": 690, "100K": 660, "100M": 640 } })).toContain("threshold for women in the category (50K 690, 100K 660, 100M 640)");
    expect(say({ code: "extension-race-not-allowed", finalsRace: "UTMB", allowed: ["CCC"] })).toBe("The runner's scores allow an extension for CCC, not UTMB.");
    expect(say({ code: "extension-race-not-allowed", finalsRace: "UTMB", allowed: [] })).toBe("No extension is possible for UTMB.");
  });
});
