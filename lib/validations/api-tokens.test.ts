import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { translateIssue } from "@/lib/i18n/validation";
import { createApiTokenSchema, revokeApiTokenSchema } from "./api-tokens";

const en = translator("en");
const fr = translator("fr");

describe("API token forms", () => {
  it("needs a provider name of at most 100 characters", () => {
    expect(createApiTokenSchema.safeParse({ name: "  Live Trail Timing " }).data).toEqual({ name: "Live Trail Timing" });
    const [blank] = createApiTokenSchema.safeParse({ name: "   " }).error?.issues ?? [];
    const [long] = createApiTokenSchema.safeParse({ name: "x".repeat(101) }).error?.issues ?? [];
    if (!blank || !long) throw new Error("both names should be refused");
    expect(translateIssue(blank, en)).toBe("Name the provider this token is for");
    expect(translateIssue(long, en)).toBe("Use at most 100 characters");
    expect(translateIssue(long, fr)).toBe("Utilisez au plus 100 caractères");
  });

  it("takes a positive whole token id only", () => {
    expect(revokeApiTokenSchema.safeParse({ id: "12" }).data).toEqual({ id: 12 });
    for (const id of ["", "abc", "-3", "1.5", "0", undefined]) expect(revokeApiTokenSchema.safeParse({ id }).success).toBe(false);
  });
});
