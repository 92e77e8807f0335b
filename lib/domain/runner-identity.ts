/**
 * Pure helpers for proving that an account holder is a given runner: the runner's external (UTMB) id and
 * the name as printed in results. No database here; lib/data/runner-claims.ts combines them with the birth year.
 */

/** Lower-case words of a name with accents, punctuation and order removed: "JORNET  Burgal, Kílian" -> {burgal, jornet, kilian}. */
export function nameWords(name: string): Set<string> {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    // Letters that NFD does not decompose into a base letter + mark.
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .replace(/[æÆ]/g, "ae")
    .toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0));
}

/**
 * True when two names have the same set of words, ignoring case, accents, punctuation and order
 * ("Jean-Pierre DUPONT" matches "dupont jean pierre"). An empty name never matches.
 */
export function namesMatch(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.size === 0 || left.size !== right.size) return false;
  for (const word of left) if (!right.has(word)) return false;
  return true;
}

/**
 * The runner id from what a runner pastes: the id itself ("2704") or their profile URL, whose last path
 * segment starts with it ("https://utmb.world/runner/2704.kilian.jornet"). Null when none is found.
 */
export function parseExternalRunnerId(input: string): string | null {
  const value = input.trim();
  if (/^\d+$/.test(value)) return value;
  let path: string;
  try {
    path = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`).pathname;
  } catch {
    return null;
  }
  const last = path.split("/").filter((segment) => segment.length > 0).at(-1);
  const leading = last ? /^(\d+)/.exec(decodeURIComponent(last)) : null;
  return leading?.[1] ?? null;
}
