import { test } from "./fixtures";
import { expectStory, openAs, STORIES } from "./runner-stories";

// An English browser: every demo runner's dashboard, the next step and its date first (issue #15).
test.use({ locale: "en-GB" });

for (const story of STORIES) {
  test(`${story}: the dashboard in English, the first next step and its date in the first screen, axe clean`, async ({ pageAs }, testInfo) => {
    const page = await openAs(pageAs, story, "en");
    await expectStory(page, story, "en", testInfo.project.name);
  });
}
