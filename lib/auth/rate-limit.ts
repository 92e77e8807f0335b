/**
 * Attempt limits for the account forms (sign-in, sign-up, password reset, runner linking), per account and
 * per client IP, with rate-limiter-flexible: maintained, typed, and its memory store needs no server. The
 * counts live in this process: several app instances each allow the limits (see README, Security).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface Rule {
  /** Attempts allowed in the window. */
  points: number;
  /** The window, in seconds; a key that used all its points waits until its window ends. */
  durationSeconds: number;
}

export interface LimitKeys {
  /** The account aimed at (an email, lower-case, or a user id); omitted when there is none. */
  account?: string | undefined;
  /** The client's IP address; "unknown" when it cannot be told. */
  ip: string;
}

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface AttemptLimiter {
  /** Counts one attempt; refuses (counting nothing more) when a key has none left. */
  consume(keys: LimitKeys): Promise<LimitVerdict>;
  /** Whether an attempt would be refused now, without counting one. */
  check(keys: LimitKeys): Promise<LimitVerdict>;
  /** Forgets the attempts of these keys (after a successful sign-in: only failures accumulate). */
  reset(keys: LimitKeys): Promise<void>;
}

function limiter(name: string, rule: Rule): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.durationSeconds });
}

/** A limiter with a rule per account and a rule per IP; an attempt needs both. */
export function createAttemptLimiter(name: string, rules: { perAccount?: Rule; perIp: Rule }): AttemptLimiter {
  const byAccount = rules.perAccount ? limiter(`${name}:account`, rules.perAccount) : null;
  const byIp = limiter(`${name}:ip`, rules.perIp);
  const pairs = (keys: LimitKeys) =>
    [
      [byIp, keys.ip],
      [byAccount, keys.account],
    ].filter((pair): pair is [RateLimiterMemory, string] => pair[0] !== null && typeof pair[1] === "string");

  async function check(keys: LimitKeys): Promise<LimitVerdict> {
    let wait = 0;
    for (const [store, key] of pairs(keys)) {
      const state = await store.get(key);
      if (state && state.remainingPoints <= 0) wait = Math.max(wait, state.msBeforeNext);
    }
    return wait > 0 ? { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { ok: true };
  }

  return {
    check,
    async consume(keys) {
      const blocked = await check(keys);
      if (!blocked.ok) return blocked;
      let wait = 0;
      for (const [store, key] of pairs(keys)) {
        try {
          await store.consume(key);
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) throw error;
          wait = Math.max(wait, error.msBeforeNext);
        }
      }
      return wait > 0 ? { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { ok: true };
    },
    async reset(keys) {
      for (const [store, key] of pairs(keys)) await store.delete(key);
    },
  };
}

/** The wait a refusal states, in whole minutes rounded up (at least 1): auth.tooManyAttempts's `{minutes}`. */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/**
 * The client's address from X-Forwarded-For: its last entry, the one added by the nearest proxy (or by
 * Next.js from the socket when the request had none). Behind a reverse proxy, have it overwrite or append
 * the header; exposed directly, a client that forges the header escapes the per-IP limit, not the
 * per-account one.
 */
export function clientIpFrom(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * The portal's limits. Sign-in counts failures only (a success resets the account and the address), so a
 * busy office behind one address is not locked out by its own colleagues signing in.
 */
export const attemptLimits = {
  signIn: createAttemptLimiter("sign-in", {
    perAccount: { points: 10, durationSeconds: 15 * MINUTE },
    perIp: { points: 50, durationSeconds: 15 * MINUTE },
  }),
  signUp: createAttemptLimiter("sign-up", {
    perAccount: { points: 3, durationSeconds: HOUR },
    perIp: { points: 20, durationSeconds: HOUR },
  }),
  passwordResetRequest: createAttemptLimiter("password-reset-request", {
    perAccount: { points: 3, durationSeconds: HOUR },
    perIp: { points: 20, durationSeconds: HOUR },
  }),
  passwordReset: createAttemptLimiter("password-reset", { perIp: { points: 20, durationSeconds: 15 * MINUTE } }),
  runnerClaim: createAttemptLimiter("runner-claim", {
    perAccount: { points: 5, durationSeconds: 24 * HOUR },
    perIp: { points: 20, durationSeconds: 24 * HOUR },
  }),
};
