import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { failureText, refusalText } from "./refusal-text";

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
  });
});
