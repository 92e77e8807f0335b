/**
 * Text limits shared by the schemas (./requests.ts, ./review.ts) and the forms that show them. No zod here:
 * a client form that imports a limit from a schema module ships zod with it (30 KB gz of first-load JS).
 */

/** Passwords: at least this long (and strong enough: ./password-strength in lib/auth). */
export const PASSWORD_MIN_LENGTH = 10;
/** A request's reason: long enough for the elite team to decide on, short enough to read. */
export const REQUEST_REASON_MIN = 20;
export const REQUEST_REASON_MAX = 2000;
/** A comment on a request. */
export const COMMENT_MAX = 2000;
/** The elite team's reason for a decision. */
export const DECISION_REASON_MAX = 2000;
