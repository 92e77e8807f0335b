import { describe, expect, it } from "vitest";
import { isLocale, negotiateLocale } from "@/i18n/locales";

describe("negotiateLocale (Accept-Language, when nothing was chosen)", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr"],
    ["fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr"],
    ["en-GB,en;q=0.9,fr;q=0.8", "en"],
    ["de-DE,de;q=0.9,fr;q=0.8,en;q=0.5", "fr"],
    ["de-DE,de;q=0.9,en;q=0.5,fr;q=0.8", "fr"],
    ["FR", "fr"],
    ["en;q=0.5, fr;q=0.5", "en"],
    ["fr;q=0, en;q=0.1", "en"],
    ["de, es", "en"],
    ["", "en"],
    ["*", "en"],
    ["fr;q=abc", "en"],
  ])("%j -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("answers English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts only the portal's languages", () => {
    expect(["en", "fr"].every(isLocale)).toBe(true);
    for (const value of ["de", "FR", "fr-FR", "", null, undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});
