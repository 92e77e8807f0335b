import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Each project has its own server and seeded database (the phone one on the next port, same build), so
// what one project's specs file, approve or withdraw never changes what the other's see.
const PHONE_PORT = PORT + 1;
// Auth.js redirects to localhost: cookies set on 127.0.0.1 would be lost.
const baseURL = `http://localhost:${PORT}`;
const phoneBaseURL = `http://localhost:${PHONE_PORT}`;

// Debian's chromium (or CHROMIUM_PATH) when present; else Playwright's own browser (`npx playwright install chromium`).
const executablePath = chromiumPath();
const launchOptions = executablePath ? { executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] } : {};

export default defineConfig({
  testDir: "./e2e",
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  // Generous: the first sign-in after start hashes with Argon2 on a busy 2-core machine.
  expect: { timeout: 15_000 },
  // English browsers unless a spec says otherwise (e2e/i18n.spec.ts): the specs read English text.
  use: { baseURL, trace: "retain-on-failure", launchOptions, locale: "en-GB" },
  projects: [
    // Each project's setup signs every demo account in on its server once (e2e/sessions.setup.ts).
    { name: "desktop-sessions", testMatch: /sessions\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions, baseURL } },
    { name: "phone-sessions", testMatch: /sessions\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions, baseURL: phoneBaseURL } },
    { name: "desktop", dependencies: ["desktop-sessions"], use: { ...devices["Desktop Chrome"], launchOptions, baseURL } },
    {
      name: "phone",
      dependencies: ["phone-sessions"],
      // HTTP-level checks (headers, refused requests) have no screen to differ by: desktop only.
      testIgnore: ["**/security.spec.ts"],
      use: {
        ...devices["Desktop Chrome"],
        baseURL: phoneBaseURL,
        launchOptions,
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${PORT}`,
      url: `${baseURL}/api/health`,
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Started once the first is up: it reuses that build, with a database of its own.
      command: `node scripts/e2e-server.mjs ${PHONE_PORT} --build-of ${PORT}`,
      url: `${phoneBaseURL}/api/health`,
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
