import type { MessageKey } from "./messages";

/**
 * A message key checked against messages/en.json, for code that hands a key to be translated later
 * (zod messages, formAction's `failure`): `msg("validation.emailRequired")`. Type-only import: no files shipped.
 */
export function msg<K extends MessageKey>(key: K): K {
  return key;
}
