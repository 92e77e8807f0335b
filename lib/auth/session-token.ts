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
 * A token is only ever cached after it was verified; its expiry is checked on every read. Whether the
 * session still belongs to a current account is checked by lib/auth/session.ts against the database.
 *
 * A runner's first view (every view on results day, when thousands of runners each come once) still pays
 * for one verification, and Auth.js's `decode` costs about 0.3 ms of CPU per token: it derives the key
 * (HKDF) and its thumbprint again for every token, then decrypts through Web Crypto, half a dozen
 * asynchronous jobs. `verifySessionToken` derives the key once per cookie name and checks the exact tokens
 * Auth.js's `encode` issues (`dir`, A256CBC-HS512, that key's thumbprint as `kid`) with node:crypto in
 * about 15 us: the HMAC-SHA-512 tag over header, IV and ciphertext (RFC 7516/7518, compared in constant
 * time) before anything is decrypted, then AES-256-CBC, then the claims as jose checks them. Any other
 * header goes to Auth.js's `decode`, which accepts or refuses it as before.
 */
import "server-only";
import { createDecipheriv, createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import { decode, encode } from "next-auth/jwt";

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

/** The key Auth.js encrypts session tokens with under one cookie name, and its JWK thumbprint (the `kid`). */
interface DerivedKey {
  macKey: Buffer;
  encKey: Buffer;
  kid: string;
}

/** Auth.js's getDerivedEncryptionKey for A256CBC-HS512 (64 bytes of HKDF-SHA-256), and jose's thumbprint of it. */
function deriveKey(secret: string, salt: string): DerivedKey {
  const key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
  // RFC 7638: SHA-512 (the key's length in bits) of the required members of an "oct" JWK, in lexicographic order.
  const kid = createHash("sha512").update(JSON.stringify({ k: key.toString("base64url"), kty: "oct" })).digest("base64url");
  return { macKey: key.subarray(0, 32), encKey: key.subarray(32), kid };
}

const B64URL = /^[A-Za-z0-9_-]*$/;

/** The payload of a token whose protected header is exactly Auth.js's, or "other" for any other header. */
function decryptAuthJsToken(token: string, key: DerivedKey, nowSeconds: number): Record<string, unknown> | null | "other" {
  const parts = token.split(".");
  if (parts.length !== 5) return "other";
  const [protectedHeader = "", encryptedKey, ivPart = "", ciphertextPart = "", tagPart = ""] = parts;
  if (encryptedKey !== "" || !B64URL.test(protectedHeader)) return "other";
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  } catch {
    return "other";
  }
  const h = header as Record<string, unknown> | null;
  if (!h || typeof h !== "object" || Object.keys(h).length !== 3 || h.alg !== "dir" || h.enc !== "A256CBC-HS512" || h.kid !== key.kid) return "other";
  if (!B64URL.test(ivPart) || !B64URL.test(ciphertextPart) || !B64URL.test(tagPart)) return null;
  const iv = Buffer.from(ivPart, "base64url");
  const ciphertext = Buffer.from(ciphertextPart, "base64url");
  const tag = Buffer.from(tagPart, "base64url");
  if (iv.length !== 16 || tag.length !== 32 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;
  // RFC 7518 5.2.2.2: the tag is the first half of HMAC-SHA-512(MAC key, AAD || IV || ciphertext || AL),
  // AAD being the ASCII of the encoded header and AL its length in bits as a 64-bit big-endian integer.
  const aad = Buffer.from(protectedHeader, "ascii");
  const al = Buffer.alloc(8);
  al.writeBigUInt64BE(BigInt(aad.length * 8));
  const expected = createHmac("sha512", key.macKey).update(aad).update(iv).update(ciphertext).update(al).digest().subarray(0, 32);
  if (!timingSafeEqual(expected, tag)) return null;
  let payload: unknown;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.encKey, iv);
    payload = JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8"));
  } catch {
    return null;
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return null;
  // jose's JWT claim checks with Auth.js's options (clock tolerance 15 s, no issuer, audience or max age).
  const claims = payload as Record<string, unknown>;
  for (const name of ["iat", "exp", "nbf"]) if (claims[name] !== undefined && typeof claims[name] !== "number") return null;
  if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS) return null;
  if (typeof claims.exp === "number" && claims.exp <= nowSeconds - CLOCK_TOLERANCE_SECONDS) return null;
  return claims;
}

/**
 * Verifies one session token as Auth.js's `decode` does (same key, same algorithms, same claim checks),
 * through node:crypto for the tokens Auth.js issues and through `decode` itself for any other header.
 * Null when it is not valid. Without a secret, nothing is valid.
 */
export function createSessionTokenVerifier(secret: string | undefined) {
  const keys = new Map<string, DerivedKey>();
  return async function verifySessionToken(token: string, cookieName: string, nowSeconds: number): Promise<SessionClaims | null> {
    if (!secret) return null;
    let key = keys.get(cookieName);
    if (!key) {
      key = deriveKey(secret, cookieName);
      if (keys.size < 4) keys.set(cookieName, key);
    }
    const fast = decryptAuthJsToken(token, key, nowSeconds);
    if (fast !== "other") return claimsFrom(fast);
    try {
      return claimsFrom(await decode({ token, secret, salt: cookieName }));
    } catch {
      // Tampered, signed with another secret, malformed or expired: signed out, as with auth().
      return null;
    }
  };
}

/**
 * Verifies session tokens, remembering the verified ones (at most `maxEntries`, least recently used out
 * first). One per process; tests make their own, and may count verifications with their own `verify`.
 */
export function createSessionTokenReader({
  secret,
  maxEntries = 10_000,
  verify = createSessionTokenVerifier(secret),
}: {
  secret: string | undefined;
  maxEntries?: number;
  verify?: ReturnType<typeof createSessionTokenVerifier>;
}) {
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
    const claims = await verify(token, cookieName, nowSeconds);
    if (!claims || !isUnexpired(claims, nowSeconds)) return null;
    verified.set(key, claims);
    return claims;
  };
}

/** The account a session token is issued for (what the credentials sign-in puts in the token). */
export interface SessionTokenUser {
  id: string;
  email: string;
  name: string | null;
  /** The account's session version (users.session_version); 0 for a fresh account. */
  sessionVersion?: number;
}

/**
 * A session token exactly as Auth.js issues one at a credentials sign-in: its default claims (name, email,
 * sub), the session version `sv` of the jwt callback in auth.config.ts, and `iat`, `exp` and `jti` from its own `encode`,
 * salted with the cookie's name. For tools that sign many accounts in without their passwords (the
 * benchmark's many-runner dashboard): the token goes through the same checks as any other, here and in
 * lib/auth/session.ts.
 */
export function issueSessionToken({
  user,
  secret,
  cookieName,
  maxAgeSeconds,
}: {
  user: SessionTokenUser;
  secret: string;
  cookieName: string;
  maxAgeSeconds: number;
}): Promise<string> {
  return encode({ token: { name: user.name, email: user.email, sub: user.id, sv: user.sessionVersion ?? 0 }, secret, salt: cookieName, maxAge: maxAgeSeconds });
}
