/**
 * How guessable a new password is, with zxcvbn-ts (@zxcvbn-ts/core + the common dictionaries): the
 * maintained TypeScript port of Dropbox's zxcvbn, which scores against common passwords, names, keyboard
 * patterns, repeats ("aaaaaaaaaa") and sequences, not just length and character classes; the English
 * package adds its words and the feedback sentences. Server side only (the dictionaries are about 1 MB).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

export type PasswordStrength = { ok: true } | { ok: false; message: string };

/**
 * Whether `password` is strong enough (score >= 3). `userInputs` (the account's name and email) count as
 * guessable words. The refusal says why, when zxcvbn knows, and what to do.
 */
export function checkPasswordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  const words = userInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const result = estimator().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, "")}. ` : "";
  return {
    ok: false,
    message: `This password is too easy to guess. ${why}Use a few unrelated words or a longer mix, e.g. from a password manager.`,
  };
}
