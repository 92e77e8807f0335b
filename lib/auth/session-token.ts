/**
 * Reads the Auth.js session cookie in server components without going through Auth.js's session endpoint.
 *
 * `auth()` in a server component runs the whole session action for every request: it builds a Request,
 * derives the key (HKDF), decrypts and verifies the JWT, runs the callbacks, then derives, encrypts and
 * signs a fresh token that a server component cannot even set as a cookie. That cost about a fifth of the
 * dashboard's server time (CPU profile of `npm run bench`). Here the token is decrypted with Auth.js's own
 * `decode` (same key derivation, same algorithms) once, and the verified claims are kept in memory keyed
 * by the exact token string until it expires, so a runner's next page view costs no cryptography.
 *
 * A token is only ever cached after `decode` verified it; its expiry is checked on every read. Whether the
 * session still belongs to a current account is checked by lib/auth/session.ts against the database.
 */
import "server-only";
import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

/** The claims of a verified session token that the portal uses. */
export interface SessionClaims {
  /** The user id (JWT `sub`). */
  userId: string;
  /** When the token was issued, in seconds (JWT `iat`); a later password change ends the session. */
  issuedAt: number | undefined;
  /** When the token expires, in seconds (JWT `exp`). */
  expiresAt: number;
  /** The account's session version when the token was issued (claim `sv`; 0 when absent). */
  sessionVersion: number;
}

/** Same tolerance as Auth.js's decode, so a token is valid here exactly when it is valid there. */
const CLOCK_TOLERANCE_SECONDS = 15;

function claimsFrom(payload: Record<string, unknown> | null): SessionClaims | null {
  if (!payload || typeof payload.sub !== "string" || typeof payload.exp !== "number") return null;
  return {
    userId: payload.sub,
    issuedAt: typeof payload.iat === "number" ? payload.iat : undefined,
    expiresAt: payload.exp,
    sessionVersion: typeof payload.sv === "number" ? payload.sv : 0,
  };
}

function isUnexpired(claims: SessionClaims, nowSeconds: number): boolean {
  return claims.expiresAt + CLOCK_TOLERANCE_SECONDS > nowSeconds;
}

/**
 * Verifies session tokens, remembering the verified ones (at most `maxEntries`, least recently used out
 * first). One per process; tests make their own.
 */
export function createSessionTokenReader({ secret, maxEntries = 10_000 }: { secret: string | undefined; maxEntries?: number }) {
  const verified = new LRUCache<string, SessionClaims>({ max: maxEntries });

  return async function readSessionToken(
    token: string,
    cookieName: string,
    nowSeconds: number = Math.floor(Date.now() / 1000),
  ): Promise<SessionClaims | null> {
    if (!secret) return null;
    const key = `${cookieName}\n${token}`;
    const cached = verified.get(key);
    if (cached) {
      if (isUnexpired(cached, nowSeconds)) return cached;
      verified.delete(key);
      return null;
    }
    let claims: SessionClaims | null;
    try {
      claims = claimsFrom(await decode({ token, secret, salt: cookieName }));
    } catch {
      // Tampered, signed with another secret, malformed or expired: signed out, as with auth().
      return null;
    }
    if (!claims || !isUnexpired(claims, nowSeconds)) return null;
    verified.set(key, claims);
    return claims;
  };
}
