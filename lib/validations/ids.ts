import { z } from "zod";

/**
 * A database id from a URL or a hidden field: a positive whole number within int4, so larger ones never
 * reach the database. `message` says what is unknown, in the words of the page that asks.
 */
export function recordId(message: string) {
  return z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);
}
