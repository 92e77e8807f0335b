import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { describeError, logError } from "./log";

describe("logError: a failed query is logged without its parameters (issue #14.8)", () => {
  const secretHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
  const medical = "knee surgery on 3 May, cannot run until July";
  const failed = new DrizzleQueryError(
    'insert into "users" ("email", "password_hash") values ($1, $2)',
    ["lea@example.com", secretHash, medical],
    Object.assign(new Error('duplicate key value violates unique constraint "users_email_lower_idx"'), {
      detail: "Key (lower(email))=(lea@example.com) already exists.",
    }),
  );

  it("keeps the statement and the driver's reason, not the parameters", () => {
    const lines: string[] = [];
    logError("createAccount failed", failed, (text) => lines.push(text));
    const logged = lines.join("\n");
    expect(logged).toContain('createAccount failed: Error: Failed query: insert into "users"');
    expect(logged).toContain("users_email_lower_idx");
    expect(logged).toMatch(/\n\s+at /);
    for (const secret of [secretHash, medical, "lea@example.com"]) expect(logged).not.toContain(secret);
  });

  it("describes a plain error or a thrown string", () => {
    expect(describeError(new TypeError("boom\nsecond line"))).toBe("TypeError: boom");
    expect(describeError("text")).toBe("text");
  });
});
