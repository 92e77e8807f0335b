import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { translateIssue } from "@/lib/i18n/validation";
import { linkRunnerSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./auth";

// The schemas give message keys; the forms show them translated (formAction), as here.
const en = translator("en");
const fr = translator("fr");
const texts = (issues: Parameters<typeof translateIssue>[0][] | undefined, t = en) => (issues ?? []).map((i) => translateIssue(i, t));

describe("signUpSchema", () => {
  const valid = { name: "Ada Runner", email: " Ada@Example.org ", password: "long-enough-pw", confirmPassword: "long-enough-pw" };

  it("accepts a valid sign-up and trims the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("Ada@Example.org");
  });

  it("rejects a short password and a mismatched confirmation with user-facing messages", () => {
    const result = signUpSchema.safeParse({ ...valid, password: "short", confirmPassword: "other" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${String(i.path[0])}: ${translateIssue(i, en)}`);
    expect(messages).toContain("password: Use at least 10 characters");
    expect(texts(result.error?.issues, fr)).toContain("Utilisez au moins 10 caractères");
  });

  it("rejects a confirmation that differs", () => {
    const result = signUpSchema.safeParse({ ...valid, confirmPassword: "long-enough-px" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["confirmPassword"] })]);
    expect(texts(result.error?.issues)).toEqual(["The passwords do not match"]);
    expect(texts(result.error?.issues, fr)).toEqual(["Les mots de passe ne correspondent pas"]);
  });

  it("rejects an invalid email", () => {
    const result = signUpSchema.safeParse({ ...valid, email: "not-an-email" });
    expect(texts(result.error?.issues)).toEqual(["Enter an email address like name@example.com"]);
  });
});

describe("signInSchema", () => {
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(texts(result.error?.issues)).toEqual(["Enter your email address", "Enter your password"]);
    expect(texts(result.error?.issues, fr)).toEqual(["Saisissez votre adresse e-mail", "Saisissez votre mot de passe"]);
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
    expect(signUp.error?.issues).toEqual([expect.objectContaining({ path: ["password"] })]);
    // The reason zxcvbn gives is worded too: more than the two fixed sentences.
    const [english = ""] = texts(signUp.error?.issues);
    expect(english).toMatch(/^This password is too easy to guess\. .+\. Use a few unrelated words/);
    expect(texts(signUp.error?.issues, fr)[0]).toMatch(/^Ce mot de passe est trop facile à deviner\. .+\. Combinez plusieurs mots/);
    const reset = resetPasswordSchema.safeParse({ token: "t", password, confirmPassword: password });
    expect(reset.success).toBe(false);
  });

  it("accepts a few unrelated words", () => {
    const password = "granite-lantern-offside";
    expect(signUpSchema.safeParse({ ...base, password, confirmPassword: password }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ token: "t", password, confirmPassword: password }).success).toBe(true);
  });
});
