import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

const SECRET = "unsubscribe-test-secret-0123456789";

describe("unsubscribe tokens", () => {
  it("name the person and the kind they were issued for", () => {
    const token = unsubscribeToken(SECRET, "user:with:colons", "qualified");
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: "user:with:colons", kind: "qualified" });
  });

  it("refuse another secret, a changed payload or signature, and malformed tokens", () => {
    const token = unsubscribeToken(SECRET, "u1", "request_decided");
    const [payload, signature] = token.split(".") as [string, string];
    const forged = Buffer.from("u2:request_decided").toString("base64url");
    expect(readUnsubscribeToken("another-secret-0123456789abcdef", token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${forged}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${payload}.${signature.slice(0, -2)}AA`)).toBeNull();
    for (const bad of ["", "abc", `${payload}.`, `.${signature}`, `${token}.x`, "x".repeat(500)]) {
      expect(readUnsubscribeToken(SECRET, bad)).toBeNull();
    }
  });

  it("refuse a validly signed token for a kind that does not exist", () => {
    const payload = Buffer.from("u1:everything").toString("base64url");
    const signature = createHmac("sha256", SECRET).update(`unsubscribe:${payload}`).digest("base64url");
    expect(readUnsubscribeToken(SECRET, `${payload}.${signature}`)).toBeNull();
  });
});
