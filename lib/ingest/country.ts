/**
 * Country of a result row to ISO 3166-1 alpha-2, from whatever the timing provider wrote: an alpha-2
 * or alpha-3 code, an IOC code (GER, SUI), or a name in one of ~80 languages ("Hong Kong", "Nemčija",
 * "Korea, Republic of"). Names and codes come from two maintained data libraries, not a hand table:
 * i18n-iso-countries (names per language, alpha-3) and world-countries (IOC codes, alternative spellings).
 */
import countries from "i18n-iso-countries";
import worldCountries from "world-countries";

/** Kosovo: not in ISO 3166-1, but the user-assigned XK / XKX is what every provider uses. */
const KOSOVO = "XK";

let byName: Map<string, string> | null = null;
let byIoc: Map<string, string> | null = null;

/** Lower case, accents and punctuation gone, words in order: "Korea, Republic of" -> "korea republic of". */
function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function names(): Map<string, string> {
  if (byName) return byName;
  const found = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = normalise(name);
    if (!key || ambiguous.has(key)) return;
    const other = found.get(key);
    if (other && other !== code) {
      found.delete(key); // one name for two countries decides nothing
      ambiguous.add(key);
    } else found.set(key, code);
  };
  for (const c of worldCountries) {
    const code = c.cca2.toUpperCase();
    add(c.name.common, code);
    add(c.name.official, code);
    for (const spelling of c.altSpellings) if (spelling.length > 3) add(spelling, code);
    for (const t of Object.values(c.translations)) {
      add(t.common, code);
      add(t.official, code);
    }
  }
  for (const lang of countries.langs()) {
    for (const [code, value] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      for (const name of value as string[]) add(name, code.toUpperCase());
    }
  }
  byName = found;
  return found;
}

function iocCodes(): Map<string, string> {
  if (byIoc) return byIoc;
  byIoc = new Map(worldCountries.filter((c) => c.cioc).map((c) => [c.cioc.toUpperCase(), c.cca2.toUpperCase()]));
  return byIoc;
}

/** ISO 3166-1 alpha-2 (upper case) of a code or a name; null when it names no one country. */
export function countryCode(text: string): string | null {
  const value = text.replace(/^\uFEFF/, "").trim();
  if (value === "") return null;
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    return code === KOSOVO || countries.isValid(code) ? code : null;
  }
  if (/^[A-Za-z]{3}$/.test(value)) {
    const code = value.toUpperCase();
    if (code === "XKX") return KOSOVO;
    // An alpha-3 code first; IOC codes differ from it for some countries (GER, SUI, NED, SIN).
    return countries.alpha3ToAlpha2(code) ?? iocCodes().get(code) ?? null;
  }
  return names().get(normalise(value)) ?? null;
}
