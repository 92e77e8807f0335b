import { describe, expect, it } from "vitest";
import { sessionTokenFromCookies } from "./session-cookie";

const COOKIE = "authjs.session-token";

describe("sessionTokenFromCookies", () => {
  it("finds the plain and the __Secure- cookie, with the name Auth.js salts the key with", () => {
    expect(sessionTokenFromCookies([{ name: "other", value: "x" }, { name: COOKIE, value: "abc" }])).toEqual({ token: "abc", cookieName: COOKIE });
    expect(sessionTokenFromCookies([{ name: `__Secure-${COOKIE}`, value: "def" }])).toEqual({ token: "def", cookieName: `__Secure-${COOKIE}` });
  });

  it("joins the chunks of a split cookie in numeric order", () => {
    const cookies = [
      { name: `${COOKIE}.10`, value: "K" },
      { name: `${COOKIE}.2`, value: "C" },
      { name: `${COOKIE}.0`, value: "A" },
      { name: `${COOKIE}.1`, value: "B" },
    ];
    expect(sessionTokenFromCookies(cookies)).toEqual({ token: "ABCK", cookieName: COOKIE });
  });

  it("answers null without a session cookie, or with look-alike names only", () => {
    expect(sessionTokenFromCookies([])).toBeNull();
    expect(sessionTokenFromCookies([{ name: "authjs.csrf-token", value: "x" }, { name: `${COOKIE}x`, value: "y" }, { name: COOKIE, value: "" }])).toBeNull();
  });
});
