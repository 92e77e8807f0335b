import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv: bad configuration stops the start with a readable list", () => {
  it("accepts an empty environment with the embedded database defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SEED_ON_START).toBe("true");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable and says what to fix", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", PORTAL_TODAY: "26/11/2026" })).toThrowError(
      /Invalid environment configuration:\n  - DATABASE_URL: must be a postgres:\/\/ .*\n  - AUTH_SECRET: must be at least 16 characters.*\n  - PORTAL_TODAY: must be an ISO date/s,
    );
  });

  it("refuses an SMTP URL that is not smtp:// or smtps://", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail" })).toThrowError(/SMTP_URL: must start with smtp:\/\//);
  });

  // Issue #14.1: reset links were built from the request's Host/X-Forwarded-Host/Origin headers.
  it("requires APP_URL in production, with a message that says what it is for", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrowError(/APP_URL: is required in production/);
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "https://portal.example.org/" }).APP_URL).toBe(
      "https://portal.example.org",
    );
  });

  it("uses http://localhost:$PORT for APP_URL outside production", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ NODE_ENV: "development", PORT: "3300" }).APP_URL).toBe("http://localhost:3300");
  });
});
