import path from "node:path";
import { demoAccount, expect, test } from "./fixtures";

const fixtures = path.join(process.cwd(), "test", "fixtures");

// Each project imports its own race: a runner qualified by the first import is not "newly" qualified again.
const RACE_FOR_PROJECT: Record<string, { file: string; event: string; level: string; qualified: string; finals: string }> = {
  desktop: { file: "real/torrencialbyutmb_2025_100k.csv", event: "Torrencial by UTMB", level: "World Series Event", qualified: "Laura GORDIOLA", finals: "CCC 2026" },
  phone: { file: "real/canyons_2024_100k.csv", event: "Canyons Endurance Runs by UTMB", level: "World Series Major", qualified: "Katie SCHIDE", finals: "CCC 2025" },
};

test("an admin uploads a results file and sees who is newly qualified; a broken file is refused by line", async ({ page }, testInfo) => {
  const race = RACE_FOR_PROJECT[testInfo.project.name] ?? RACE_FOR_PROJECT.desktop!;
  await page.goto("/admin/imports");
  await expect(page).toHaveURL(/\/sign-in/);
  const admin = demoAccount("admin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin\/imports$/); // back where the admin was going
  await expect(page.getByRole("heading", { level: 1, name: "Import results" })).toBeVisible();

  // A malformed file: every problem by line, nothing imported.
  await page.getByLabel("Results file").setInputFiles(path.join(fixtures, "import/many-problems.csv"));
  await page.getByLabel("Event name").fill(`${race.event} (broken)`);
  await page.getByRole("button", { name: "Import results" }).click();
  await expect(page.getByRole("heading", { name: "File refused: nothing was imported" })).toBeVisible();
  await expect(page.getByText('Line 9: rank_scratch "2.x" is not a number')).toBeVisible();

  // The preview tells who would qualify and writes nothing; the import then does it.
  await page.getByLabel("Results file").setInputFiles(path.join(fixtures, race.file));
  await page.getByLabel("Event name").fill(race.event);
  await page.getByLabel("Level").selectOption({ label: race.level });
  // The demo season already has a 100K race at Canyons 2024: this file is its second, so it is named the
  // qualifier (R11); at Torrencial it is the only one and qualifies either way.
  await page.getByLabel("Finals qualifier (R11)").selectOption({ label: "This race is its category's qualifier" });
  await page.getByRole("button", { name: "Preview (writes nothing)" }).click();
  await expect(page.getByRole("heading", { name: /Preview, nothing written: would import/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Newly qualified runners" }).getByRole("row", { name: new RegExp(race.qualified) })).toBeVisible();
  await page.getByRole("button", { name: "Import results" }).click();
  await expect(page.getByRole("heading", { name: /^Imported \d+ results/ })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole("table", { name: "Newly qualified runners" });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const row = table.getByRole("row", { name: new RegExp(race.qualified) });
  await expect(row).toContainText(race.finals);
  await expect(row).toContainText("podium: 1st");
});

test("the imports page is not there for a runner", async ({ pageAs }) => {
  const page = await pageAs("podium");
  const response = await page.goto("/admin/imports");
  expect(response?.status()).toBe(404);
});
