import { describe, expect, it } from "vitest";
import { namesMatch, nameWords, parseExternalRunnerId } from "./runner-identity";

describe("namesMatch", () => {
  it.each([
    ["Kilian Jornet", "JORNET Kilian"],
    ["Kílian Jornet Burgal", "jornet burgal kilian"],
    ["Jean-Pierre Dupont", "DUPONT Jean Pierre"],
    ["Zoë  O'Brien", "o brien zoe"],
    ["Åsa Müller", "ASA MULLER"],
    ["Søren Łukasz", "soren lukasz"],
  ])("%s matches %s", (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
  });

  it.each([
    ["Kilian Jornet", "Kilian"],
    ["Kilian Jornet", "Kilian Jornet Burgal"],
    ["Anna Smith", "Hannah Smith"],
    ["", ""],
    ["   ", "-"],
  ])("%s does not match %s", (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });

  it("ignores repeated words", () => {
    expect([...nameWords("Anna anna  SMITH")].sort()).toEqual(["anna", "smith"]);
  });
});

describe("parseExternalRunnerId", () => {
  it.each([
    ["2704", "2704"],
    ["  2704 ", "2704"],
    ["https://utmb.world/runner/2704.kilian.jornet", "2704"],
    ["https://utmb.world/en/runner/2704.kilian.jornet/", "2704"],
    ["utmb.world/runner/2704.kilian.jornet?tab=results", "2704"],
    ["https://utmb.world/runner/123456", "123456"],
  ])("%s -> %s", (input, id) => {
    expect(parseExternalRunnerId(input)).toBe(id);
  });

  it.each(["", "abc", "https://utmb.world/runner/kilian.jornet", "https://utmb.world/", "12a"])(
    "%s has no id",
    (input) => {
      expect(parseExternalRunnerId(input)).toBeNull();
    },
  );
});
