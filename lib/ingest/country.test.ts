import { describe, expect, it } from "vitest";
import { countryCode } from "./country";

describe("countryCode", () => {
  it.each([
    ["FR", "FR"], ["fr", "FR"], ["FRA", "FR"], ["GER", "DE"], ["SUI", "CH"], ["NED", "NL"], ["TPE", "TW"], ["XKX", "XK"], ["XK", "XK"],
    ["Hong Kong", "HK"], ["Guernsey", "GG"], ["Korea Republic of", "KR"], ["Republic of Korea", "KR"], ["United States of America", "US"],
    ["Nemčija", "DE"], ["Švica", "CH"], ["NUEVA ZELANDA", "NZ"], ["Slovak republic", "SK"], ["Reunion", "RE"], ["\uFEFFAFG", "AF"],
  ])("%j -> %s", (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it.each(["", "Korea", "Other", "FR,IE", "ZZ", "Scotland"])("%j names no one country", (text) => {
    expect(countryCode(text)).toBeNull();
  });
});
