import { describe, expect, it } from "vitest";
import * as domain from "./index";

describe("lib/domain barrel", () => {
  it("re-exports the public API of every module", () => {
    const names = [
      "kmEffort", "DEFAULT_CATEGORY_BANDS", "categoryForKmEffort", "raceCategory", "finalsRaceForCategory", "categoryOfFinalsRace",
      "defaultEditionConfig", "isInQualificationPeriod", "nextFinalsEdition", "qualificationYearOf", "validateEditionConfig",
      "ageGroupFor", "ageInRaceYear", "parseAgeGroupLabel",
      "rankFinishersBySex", "rankFinishersInAgeGroup",
      "INDEX_WEIGHTS", "computeUtmbIndex", "describeIndexWeights",
      "allocateMajorAgeGroupPlaces", "finalsQualifierRaces", "evaluateRace", "finalsStatus",
      "categoryChangeEligibility", "categoryChangeTargets", "priorityDeferralEligibility", "extensionEligibility",
      "extensionCounts", "isExtensionResult", "REQUEST_TRANSITIONS", "canTransition",
      "SEXES", "RACE_CATEGORIES", "FINALS_RACES",
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });
});
