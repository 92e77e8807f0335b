import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { notificationMessage } from "./messages";

const en = translator("en");
const fr = translator("fr");

describe("notificationMessage", () => {
  const base = { finalsRace: "CCC", editionYear: 2027, event: "Mozart 100", race: "Mozart 100" };

  it("says why a runner is qualified: a podium place (R9), a score (R10), an age-group place (R12)", () => {
    expect(notificationMessage("qualified", { ...base, reason: "podium", place: 2 }, en)).toEqual({
      title: "You are qualified for CCC 2027",
      body: "Your 2nd place at Mozart 100, Mozart 100 (R9) qualifies you for CCC 2027 at the UTMB World Series Finals.",
      path: "/dashboard",
    });
    expect(notificationMessage("qualified", { ...base, reason: "score", score: 862, threshold: 850 }, en).body).toBe(
      "Your UTMB Score of 862 at Mozart 100, Mozart 100, at or above the threshold of 850 (R10), qualifies you for CCC 2027 at the UTMB World Series Finals.",
    );
    expect(notificationMessage("qualified", { ...base, reason: "age_group", place: 1, ageGroup: "50-54" }, en).body).toContain("Your 1st place in 50-54 at");
    expect(notificationMessage("qualified", { finalsRace: "UTMB", editionYear: 2027, reason: null }, en).body).toBe(
      "Your result qualifies you for UTMB 2027 at the UTMB World Series Finals.",
    );
  });

  it("speaks French to a French reader, rule keys and numbers unchanged", () => {
    const message = notificationMessage("qualified", { ...base, reason: "podium", place: 1 }, fr);
    expect(message.title).toBe("Vous êtes qualifié·e pour CCC 2027");
    expect(message.body).toBe("Votre 1re place à Mozart 100, Mozart 100 (R9) vous qualifie pour CCC 2027 aux Finales des UTMB World Series.");
    expect(notificationMessage("request_decided", { requestId: 12, status: "rejected" }, fr).title).toBe("Votre demande a été refusée");
  });

  it("tells a runner who was too close to call how it settled, with the score and the threshold (R20)", () => {
    expect(notificationMessage("too_close_resolved", { ...base, outcome: "qualified", basis: "official", score: 852, low: 852, high: 852, threshold: 850 }, en)).toEqual({
      title: "You are qualified for CCC 2027",
      body: "No longer too close to call: your UTMB Score of 852 at Mozart 100, Mozart 100 reaches the threshold of 850 (R10).",
      path: "/dashboard",
    });
    expect(notificationMessage("too_close_resolved", { ...base, outcome: "provisionally_qualified", basis: "provisional", score: 860, low: 851, high: 869, threshold: 850 }, en).body).toBe(
      "No longer too close to call: your provisional UTMB Score at Mozart 100, Mozart 100 is now 860 (851–869), wholly at or above the threshold of 850 (R10); it becomes final when the score is published (R20).",
    );
    const below = notificationMessage("too_close_resolved", { ...base, outcome: "not_qualified", basis: "official", score: 841, low: 841, high: 841, threshold: 850 }, en);
    expect(below).toMatchObject({ title: "Not qualified for CCC 2027 by this race", body: "No longer too close to call: your UTMB Score of 841 at Mozart 100, Mozart 100 is below the threshold of 850 (R10)." });
    expect(notificationMessage("too_close_resolved", { ...base, outcome: "not_qualified", basis: "official", score: 841, threshold: 850 }, fr).body).toBe(
      "Ce n'est plus trop serré pour trancher : votre UTMB Score de 841 à Mozart 100, Mozart 100 est sous le seuil de 850 (R10).",
    );
  });

  it("leads runners to their request and the elite team to the review page", () => {
    expect(notificationMessage("request_decided", { requestId: 12, status: "approved" }, en)).toMatchObject({ title: "Your request was approved", path: "/requests/12" });
    expect(notificationMessage("request_commented", { requestId: 12 }, en).path).toBe("/requests/12");
    expect(notificationMessage("request_submitted", { requestId: 7, type: "category_change", runnerName: "Léa Fontaine" }, en)).toMatchObject({
      title: "New change of category from Léa Fontaine",
      path: "/elite/requests/7",
    });
    expect(notificationMessage("request_waiting", { requestId: 7, type: "unknown", runnerName: "X" }, en).body).toBe("The request of X is still waiting for a decision.");
  });
});
