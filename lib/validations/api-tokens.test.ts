import { describe, expect, it } from "vitest";
import { createApiTokenSchema, revokeApiTokenSchema } from "./api-tokens";

describe("API token forms", () => {
  it("needs a provider name of at most 100 characters", () => {
    expect(createApiTokenSchema.safeParse({ name: "  Live Trail Timing " }).data).toEqual({ name: "Live Trail Timing" });
    expect(createApiTokenSchema.safeParse({ name: "   " }).error?.issues[0]?.message).toBe("Name the provider this token is for");
    expect(createApiTokenSchema.safeParse({ name: "x".repeat(101) }).error?.issues[0]?.message).toBe("Use at most 100 characters");
  });

  it("takes a positive whole token id only", () => {
    expect(revokeApiTokenSchema.safeParse({ id: "12" }).data).toEqual({ id: 12 });
    for (const id of ["", "abc", "-3", "1.5", "0", undefined]) expect(revokeApiTokenSchema.safeParse({ id }).success).toBe(false);
  });
});
