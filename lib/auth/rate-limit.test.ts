import { describe, expect, it } from "vitest";
import { clientIpFrom, createAttemptLimiter, retryAfterMinutes } from "@/lib/auth/rate-limit";

// Issue #14.5: 60 wrong passwords in 3.4 s were all tried.
describe("attempt limits per account and per IP", () => {
  const rules = { perAccount: { points: 10, durationSeconds: 900 }, perIp: { points: 50, durationSeconds: 900 } };

  it("refuses the 11th attempt on one account, with the wait", async () => {
    const limiter = createAttemptLimiter("t1", rules);
    const verdicts = [];
    for (let i = 0; i < 60; i++) verdicts.push(await limiter.consume({ account: "lea@example.com", ip: "192.0.2.1" }));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(10);
    const last = verdicts.at(-1);
    expect(last).toMatchObject({ ok: false });
    if (last && !last.ok) {
      expect(last.retryAfterSeconds).toBeGreaterThan(890);
      expect(retryAfterMinutes(last.retryAfterSeconds)).toBe(15);
    }
    // Another account from another address is not affected.
    expect(await limiter.consume({ account: "ada@example.com", ip: "192.0.2.2" })).toEqual({ ok: true });
  });

  it("refuses an address that tries many accounts", async () => {
    const limiter = createAttemptLimiter("t2", rules);
    for (let i = 0; i < 50; i++) expect((await limiter.consume({ account: `a${i}@example.com`, ip: "192.0.2.9" })).ok).toBe(true);
    expect((await limiter.consume({ account: "fresh@example.com", ip: "192.0.2.9" })).ok).toBe(false);
    expect((await limiter.check({ account: "fresh@example.com", ip: "192.0.2.10" })).ok).toBe(true);
  });

  it("forgets an account's failures after a success", async () => {
    const limiter = createAttemptLimiter("t3", rules);
    for (let i = 0; i < 9; i++) await limiter.consume({ account: "x@example.com", ip: "192.0.2.3" });
    await limiter.reset({ account: "x@example.com", ip: "192.0.2.3" });
    for (let i = 0; i < 10; i++) expect((await limiter.consume({ account: "x@example.com", ip: "192.0.2.3" })).ok).toBe(true);
  });

  it("rounds a short wait up to one minute and reads the nearest proxy's address", () => {
    expect(retryAfterMinutes(20)).toBe(1);
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
