import { describe, expect, it } from "vitest";
import nextConfig from "../next.config.js";

describe("next.config.js", () => {
  // Issue #14.2: every server action accepted 55 MB, buffered whole, so one request could stall the server.
  it("keeps server actions to 1 MB and leaves the proxy's body limit at its default", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("1mb");
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBeUndefined();
  });
});
