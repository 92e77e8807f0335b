import { describe, expect, it } from "vitest";
import { linkRunnerSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./auth";

describe("signUpSchema", () => {
  const valid = { name: "Ada Runner", email: " Ada@Example.org ", password: "long-enough-pw", confirmPassword: "long-enough-pw" };

  it("accepts a valid sign-up and trims the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("Ada@Example.org");
  });

  it("rejects a short password and a mismatched confirmation with user-facing messages", () => {
    const result = signUpSchema.safeParse({ ...valid, password: "short", confirmPassword: "other" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toContain("password: Use at least 10 characters");
  });

  it("rejects a confirmation that differs", () => {
    const result = signUpSchema.safeParse({ ...valid, confirmPassword: "long-enough-px" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["confirmPassword"], message: "The passwords do not match" })]);
  });

  it("rejects an invalid email", () => {
    const result = signUpSchema.safeParse({ ...valid, email: "not-an-email" });
    expect(result.error?.issues[0]?.message).toBe("Enter an email address like name@example.com");
  });
});

describe("signInSchema", () => {
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Enter your email address", "Enter your password"]);
  });
});

describe("linkRunnerSchema", () => {
  it("extracts the id from a profile URL and coerces the birth year", () => {
    expect(
      linkRunnerSchema.parse({ externalId: "https://utmb.world/runner/2704.kilian.jornet", name: "Kilian Jornet", birthYear: "1987" }),
    ).toEqual({ externalId: "2704", name: "Kilian Jornet", birthYear: 1987 });
  });

  it("explains an id it cannot read", () => {
    const result = linkRunnerSchema.safeParse({ externalId: "kilian", name: "K", birthYear: "1987" });
    expect(result.error?.issues[0]?.path).toEqual(["externalId"]);
  });

  it("rejects an impossible birth year", () => {
    expect(linkRunnerSchema.safeParse({ externalId: "1", name: "K", birthYear: "87" }).success).toBe(false);
    expect(linkRunnerSchema.safeParse({ externalId: "1", name: "K", birthYear: "" }).success).toBe(false);
  });
});

describe("resetPasswordSchema", () => {
  it("requires matching passwords", () => {
    expect(resetPasswordSchema.safeParse({ token: "t", password: "long-enough-pw", confirmPassword: "long-enough-pw" }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ token: "t", password: "long-enough-pw", confirmPassword: "x" }).success).toBe(false);
  });
});

// Issue #14.10: "aaaaaaaaaa" was accepted as a password.
describe("new passwords must be hard to guess (zxcvbn score >= 3)", () => {
  const base = { name: "Lea Fontaine", email: "lea.fontaine@example.com" };
  it.each(["aaaaaaaaaa", "1234567890", "password123", "qwertyuiop"])("refuses %s, saying why", (password) => {
    const signUp = signUpSchema.safeParse({ ...base, password, confirmPassword: password });
    expect(signUp.error?.issues).toEqual([
      expect.objectContaining({ path: ["password"], message: expect.stringMatching(/^This password is too easy to guess\. .+/) }),
    ]);
    const reset = resetPasswordSchema.safeParse({ token: "t", password, confirmPassword: password });
    expect(reset.success).toBe(false);
  });

  it("accepts a few unrelated words", () => {
    const password = "granite-lantern-offside";
    expect(signUpSchema.safeParse({ ...base, password, confirmPassword: password }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ token: "t", password, confirmPassword: password }).success).toBe(true);
  });
});
