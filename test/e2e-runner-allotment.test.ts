import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_STORIES } from "@/db/seed-data";
import { allottedRunner, RUNNER_ALLOTMENT, sharedRunners, writerOf } from "@/e2e/runner-allotment";

describe("the e2e runner allotment", () => {
  it("gives no runner to two specs of one project", () => {
    expect(sharedRunners(RUNNER_ALLOTMENT)).toEqual([]);
  });

  it("would report a runner given to two specs", () => {
    const clash = { ...RUNNER_ALLOTMENT, "other.spec.ts": { desktop: ["podium"], phone: [] } } as const;
    expect(sharedRunners(clash)).toEqual(["desktop: podium in runner-next-steps.spec.ts and other.spec.ts"]);
  });

  it("allots only stories of the seed, with an account unless a newcomer's (claimed by the spec)", () => {
    const stories = new Set(DEMO_STORIES.map((s) => s.key));
    const withAccount = new Set(DEMO_ACCOUNTS.map((a) => a.runnerStory));
    for (const byProject of Object.values(RUNNER_ALLOTMENT)) {
      for (const story of [...byProject.desktop, ...byProject.phone]) {
        expect(stories.has(story)).toBe(true);
        expect(withAccount.has(story) || story.startsWith("newcomer_")).toBe(true);
      }
    }
  });

  it("hands a spec its own runner and refuses another's, naming the spec's runners", () => {
    expect(allottedRunner("elite-review.spec.ts", "desktop", "score")).toBe("score");
    expect(() => allottedRunner("elite-review.spec.ts", "desktop", "podium")).toThrow(/its runners: score, deferral/);
    expect(() => allottedRunner("unknown.spec.ts", "phone", "podium")).toThrow(/its runners: none/);
  });

  it("names the spec that writes to a runner, per project, and none for a runner only read", () => {
    expect(writerOf("desktop", "score")).toBe("elite-review.spec.ts");
    expect(writerOf("phone", "score")).toBe("runner-requests.spec.ts");
    expect(writerOf("desktop", "below")).toBeNull();
  });
});
