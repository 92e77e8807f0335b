/**
 * How guessable a new password is, with zxcvbn-ts (@zxcvbn-ts/core + the common dictionaries): the
 * maintained TypeScript port of Dropbox's zxcvbn, which scores against common passwords, names, keyboard
 * patterns, repeats ("aaaaaaaaaa") and sequences, not just length and character classes; the English
 * package adds its words. Its feedback comes back as its warning keys ("topTen", "dates"), which the
 * message files word in each language. Server side only (the dictionaries are about 1 MB).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

// Every feedback text is its own key: the words are in messages/*.json (validation.passwordWeak).
const feedbackKeys = Object.fromEntries(
  Object.entries(english.translations).map(([group, texts]) => [group, Object.fromEntries(Object.keys(texts).map((key) => [key, key]))]),
) as typeof english.translations;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: feedbackKeys,
  });
  return factory;
}

/** `warning`: zxcvbn's key for why ("topTen", "dates", "userInputs"...), null when it gives none. */
export type PasswordStrength = { ok: true } | { ok: false; warning: string | null };

/**
 * Whether `password` is strong enough (score >= 3). `userInputs` (the account's name and email) count as
 * guessable words. The refusal says why, when zxcvbn knows.
 */
export function checkPasswordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  const words = userInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const result = estimator().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  return { ok: false, warning: result.feedback.warning || null };
}
