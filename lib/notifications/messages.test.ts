import { describe, expect, it } from "vitest";
import { notificationMessage } from "./messages";

describe("notificationMessage", () => {
  it("says why a runner is qualified: a podium place (R9), a score (R10), an age-group place (R12)", () => {
    const base = { finalsRace: "CCC", editionYear: 2027, event: "Mozart 100", race: "Mozart 100" };
    expect(notificationMessage("qualified", { ...base, reason: "podium", place: 2 })).toEqual({
      title: "You are qualified for CCC 2027",
      body: "Your 2nd place at Mozart 100, Mozart 100 (R9) qualifies you for CCC 2027 at the UTMB World Series Finals.",
      path: "/dashboard",
    });
    expect(notificationMessage("qualified", { ...base, reason: "score", score: 862, threshold: 850 }).body).toContain(
      "UTMB Score of 862 at Mozart 100, Mozart 100, at or above the threshold of 850 (R10)",
    );
    expect(notificationMessage("qualified", { ...base, reason: "age_group", place: 1, ageGroup: "50-54" }).body).toContain("1st place in 50-54");
  });

  it("leads runners to their request and the elite team to the review page", () => {
    expect(notificationMessage("request_decided", { requestId: 12, status: "approved" })).toMatchObject({ title: "Your request was approved", path: "/requests/12" });
    expect(notificationMessage("request_commented", { requestId: 12 }).path).toBe("/requests/12");
    expect(notificationMessage("request_submitted", { requestId: 7, type: "category_change", runnerName: "Léa Fontaine" })).toMatchObject({
      title: "New change of category from Léa Fontaine",
      path: "/elite/requests/7",
    });
    expect(notificationMessage("request_waiting", { requestId: 7, type: "unknown", runnerName: "X" }).body).toBe("The request of X is still waiting for a decision.");
  });
});
