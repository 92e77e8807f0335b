import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { translateIssue } from "@/lib/i18n/validation";
import { decideRequestSchema, startReviewSchema, startReviewsSchema, updateQuotaSchema } from "./review";

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

describe("review schemas: bulk start and quota", () => {
  it("reads the bulk ids from one comma-separated field", () => {
    expect(startReviewsSchema.safeParse({ requestIds: "3, 5,8" })).toMatchObject({ success: true, data: { requestIds: [3, 5, 8] } });
    expect(startReviewsSchema.safeParse({ requestIds: "" }).success).toBe(false);
    expect(startReviewsSchema.safeParse({ requestIds: "3,x" }).success).toBe(false);
  });

  it("reads an empty quota as missing, not as 0", () => {
    const base = { editionYear: "2027", finalsRace: "OCC", sex: "F" };
    const [issue] = updateQuotaSchema.safeParse({ ...base, bibs: "" }).error?.issues ?? [];
    expect(issue && translateIssue(issue, translator("en"))).toBe("Enter a number of bibs");
    expect(issue && translateIssue(issue, translator("fr"))).toBe("Indiquez un nombre de dossards");
    expect(updateQuotaSchema.safeParse({ ...base, bibs: "0" })).toMatchObject({ success: true, data: { bibs: 0 } });
  });
});
