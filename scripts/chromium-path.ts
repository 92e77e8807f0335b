import { existsSync } from "node:fs";

/**
 * The Chromium that the e2e tests and the bench's Lighthouse audit drive: CHROMIUM_PATH (the project's
 * variable), CHROME_PATH (Lighthouse's), else Debian's package. Undefined when none is there.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
