import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/requests?id=3#top", "/requests?id=3#top"],
    ["http://localhost:3100/admin/runners", "/admin/runners"],
    ["https://evil.example/steal", "/steal"],
    ["//evil.example/x", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    // Issue #14: a path that a browser reads as another host.
    ["http://x//evil.example/steal", "/dashboard"],
    ["https://localhost:3100//evil.example", "/dashboard"],
    ["/%09/evil.example", "/dashboard"],
    ["/\t/evil.example", "/dashboard"],
    ["/%5Cevil.example", "/dashboard"],
    ["/%2F/evil.example", "/dashboard"],
    ["http://x/%09/evil.example", "/dashboard"],
    ["/%E0%A4%A", "/dashboard"],
    ["dashboard", "/dashboard"],
    ["", "/dashboard"],
    [undefined, "/dashboard"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
