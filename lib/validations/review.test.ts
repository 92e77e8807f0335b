import { describe, expect, it } from "vitest";
import { decideRequestSchema, startReviewSchema } from "./review";

describe("review schemas: requestId", () => {
  // Issue #14: an id past int4 reached the database and failed there (500) instead of being refused here.
  it.each(["2147483648", "99999999999", "0", "-1", "1.5", "abc"])("refuses %s", (requestId) => {
    expect(startReviewSchema.safeParse({ requestId }).success).toBe(false);
    expect(decideRequestSchema.safeParse({ requestId, decision: "approve", reason: "ok" }).success).toBe(false);
  });

  it("accepts the largest int4", () => {
    expect(startReviewSchema.safeParse({ requestId: "2147483647" })).toMatchObject({ success: true, data: { requestId: 2147483647 } });
  });
});
