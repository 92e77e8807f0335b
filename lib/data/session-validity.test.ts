import { describe, expect, it } from "vitest";
import { isSessionCurrent } from "./session-validity";

describe("isSessionCurrent: a password reset ends the sessions opened before it", () => {
  const changedAt = new Date("2026-11-26T10:00:00.750Z");
  const second = Math.floor(changedAt.getTime() / 1000);

  it("accepts any session of an account whose password never changed", () => {
    expect(isSessionCurrent(0, null)).toBe(true);
    expect(isSessionCurrent(undefined, null)).toBe(true);
  });

  it("refuses a session issued before the change", () => {
    expect(isSessionCurrent(second - 1, changedAt)).toBe(false);
    expect(isSessionCurrent(second - 86_400, changedAt)).toBe(false);
  });

  it("accepts a session issued in the same second as the change, or after", () => {
    expect(isSessionCurrent(second, changedAt)).toBe(true);
    expect(isSessionCurrent(second + 5, changedAt)).toBe(true);
  });

  it("refuses a session with no issue time once the password has changed", () => {
    expect(isSessionCurrent(undefined, changedAt)).toBe(false);
  });
});
