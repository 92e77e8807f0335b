import type * as nextAuthJwt from "next-auth/jwt";
import { decode, encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionTokenReader, createSessionTokenVerifier, issueSessionToken } from "./session-token";

// Auth.js's own decode, counted: the verifier uses it only for headers other than the ones Auth.js issues.
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof nextAuthJwt>();
  return { ...original, decode: vi.fn(original.decode) };
});

const SECRET = "session-token-test-secret-0123456789";
const COOKIE = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);

/** A session token exactly as Auth.js issues it at sign-in (same encode, same salt). */
function issue(claims: Record<string, unknown>, { secret = SECRET, salt = COOKIE, maxAge = 3600 } = {}) {
  return encode({ token: claims, secret, salt, maxAge });
}

/** The reader with its verifications counted: it must verify once per token, not once per request. */
function countedReader(options: { secret?: string; maxEntries?: number } = {}) {
  const verify = vi.fn(createSessionTokenVerifier(options.secret ?? SECRET));
  return { read: createSessionTokenReader({ secret: options.secret ?? SECRET, maxEntries: options.maxEntries, verify }), verify };
}

describe("createSessionTokenReader", () => {
  beforeEach(() => {
    vi.mocked(decode).mockClear();
  });

  it("reads the user id, issue and expiry times of a token Auth.js issued", async () => {
    const read = createSessionTokenReader({ secret: SECRET });
    const token = await issue({ sub: "user-1", role: "runner" });
    const claims = await read(token, COOKIE);
    expect(claims?.userId).toBe("user-1");
    expect(claims?.issuedAt).toBeGreaterThanOrEqual(now() - 5);
    expect(claims?.expiresAt).toBeGreaterThan(now() + 3500);
  });

  it("refuses a token signed with another secret, under another cookie name, or altered", async () => {
    const read = createSessionTokenReader({ secret: SECRET });
    const foreign = await issue({ sub: "user-1" }, { secret: "another-secret-0123456789abcdef" });
    expect(await read(foreign, COOKIE)).toBeNull();
    const token = await issue({ sub: "user-1" });
    expect(await read(token, `__Secure-${COOKIE}`)).toBeNull();
    const parts = token.split(".");
    const ciphertext = parts[3] ?? "";
    parts[3] = `${ciphertext.slice(0, -2)}${ciphertext.endsWith("AA") ? "BB" : "AA"}`;
    expect(await read(parts.join("."), COOKIE)).toBeNull();
    expect(await read("not-a-token", COOKIE)).toBeNull();
  });

  it("refuses an expired token and a token without a user", async () => {
    const read = createSessionTokenReader({ secret: SECRET });
    expect(await read(await issue({ sub: "user-1" }, { maxAge: -60 }), COOKIE)).toBeNull();
    expect(await read(await issue({ role: "runner" }), COOKIE)).toBeNull();
  });

  it("signs everyone out when no secret is configured", async () => {
    const token = await issue({ sub: "user-1" });
    expect(await createSessionTokenReader({ secret: undefined })(token, COOKIE)).toBeNull();
  });

  it("verifies a token once, then answers from memory until it expires", async () => {
    const { read, verify } = countedReader();
    const token = await issue({ sub: "user-2" }, { maxAge: 100 });
    const first = await read(token, COOKIE);
    expect(first?.userId).toBe("user-2");
    expect(await read(token, COOKIE)).toEqual(first);
    expect(await read(token, COOKIE)).toEqual(first);
    expect(verify).toHaveBeenCalledTimes(1);
    // Past its expiry (and Auth.js's 15 s tolerance) the remembered token is refused too.
    expect(await read(token, COOKIE, (first?.expiresAt ?? 0) + 16)).toBeNull();
  });

  it("never remembers a refused token", async () => {
    const { read, verify } = countedReader();
    const foreign = await issue({ sub: "user-1" }, { secret: "another-secret-0123456789abcdef" });
    expect(await read(foreign, COOKIE)).toBeNull();
    expect(await read(foreign, COOKIE)).toBeNull();
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it("keeps at most maxEntries tokens in memory, dropping the least recently used", async () => {
    const { read, verify } = countedReader({ maxEntries: 1 });
    const a = await issue({ sub: "a" });
    const b = await issue({ sub: "b" });
    expect((await read(a, COOKIE))?.userId).toBe("a");
    expect((await read(b, COOKIE))?.userId).toBe("b");
    expect((await read(b, COOKIE))?.userId).toBe("b");
    expect(verify).toHaveBeenCalledTimes(2);
    expect((await read(a, COOKIE))?.userId).toBe("a");
    expect(verify).toHaveBeenCalledTimes(3);
  });

  it("accepts a token issued by issueSessionToken, as Auth.js issues it at sign-in", async () => {
    const read = createSessionTokenReader({ secret: SECRET });
    const token = await issueSessionToken({
      user: { id: "user-7", email: "u7@example.com", name: null, sessionVersion: 3 },
      secret: SECRET,
      cookieName: COOKIE,
      maxAgeSeconds: 30 * 24 * 3600,
    });
    const claims = await read(token, COOKIE);
    expect(claims?.userId).toBe("user-7");
    expect(claims?.sessionVersion).toBe(3);
    expect(claims?.expiresAt).toBeGreaterThan(now() + 30 * 24 * 3600 - 60);
    expect(await decode({ token, secret: SECRET, salt: COOKIE })).toMatchObject({ sub: "user-7", email: "u7@example.com", sv: 3 });
    expect(await read(token, `__Secure-${COOKIE}`)).toBeNull();
  });
});

describe("createSessionTokenVerifier (node:crypto for the tokens Auth.js issues)", () => {
  beforeEach(() => {
    vi.mocked(decode).mockClear();
  });

  it("reads what Auth.js's decode reads from the tokens its encode issues, without calling decode", async () => {
    const verify = createSessionTokenVerifier(SECRET);
    for (const [i, claims] of [{ sub: "u1" }, { sub: "u2", role: "elite", name: "Zoë «ü» \\ \"q\"", email: "z@example.com" }, { sub: "u3", nbf: now() - 10 }].entries()) {
      const token = await issue(claims, { maxAge: 3600 + i });
      const reference = (await decode({ token, secret: SECRET, salt: COOKIE })) as Record<string, unknown>;
      vi.mocked(decode).mockClear();
      // No session version in these tokens: read as version 0 (every account starts there).
      expect(await verify(token, COOKIE, now())).toEqual({ userId: reference.sub, issuedAt: reference.iat, expiresAt: reference.exp, sessionVersion: 0 });
      expect(decode).not.toHaveBeenCalled();
    }
  });

  it("refuses any change to the header, IV, ciphertext or tag, a token for another cookie and another secret", async () => {
    const verify = createSessionTokenVerifier(SECRET);
    const token = await issue({ sub: "user-1" });
    const flip = (part: string) => `${part.slice(0, 4)}${part[4] === "A" ? "B" : "A"}${part.slice(5)}`;
    for (const i of [0, 2, 3, 4]) {
      const parts = token.split(".");
      parts[i] = flip(parts[i] ?? "");
      expect(await verify(parts.join("."), COOKIE, now())).toBeNull();
    }
    const parts = token.split(".");
    expect(await verify([parts[0], parts[1], parts[2], parts[3], ""].join("."), COOKIE, now())).toBeNull();
    expect(await verify(`${token}.x`, COOKIE, now())).toBeNull();
    expect(await verify(token, `__Secure-${COOKIE}`, now())).toBeNull();
    expect(await createSessionTokenVerifier("another-secret-0123456789abcdef")(token, COOKIE, now())).toBeNull();
  });

  it("checks the time claims as jose does, with Auth.js's 15 s tolerance", async () => {
    const verify = createSessionTokenVerifier(SECRET);
    // exp 10 s ago: inside the tolerance, accepted (by decode too); 20 s ago: refused.
    const recent = await issue({ sub: "u" }, { maxAge: -10 });
    expect((await verify(recent, COOKIE, now()))?.userId).toBe("u");
    expect(await decode({ token: recent, secret: SECRET, salt: COOKIE })).not.toBeNull();
    expect(await verify(await issue({ sub: "u" }, { maxAge: -20 }), COOKIE, now())).toBeNull();
    expect(await verify(await issue({ sub: "u", nbf: now() + 60 }), COOKIE, now())).toBeNull();
    expect(await verify(await issue({ sub: "u", nbf: "soon" }), COOKIE, now())).toBeNull();
  });
});
