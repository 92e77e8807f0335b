import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";

function visit(path: string, cookie?: string) {
  return proxy(new NextRequest(`http://localhost:3000${path}`, cookie ? { headers: { cookie } } : undefined));
}

describe("proxy: a convenience redirect for signed-out visitors", () => {
  it("sends a visitor without a session cookie to sign-in, then back to the page asked for", () => {
    const response = visit("/requests/12?tab=history");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/requests/12?tab=history");
  });

  it("lets a visitor with a session cookie through (the page checks it)", () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0"]) {
      expect(visit("/dashboard", `${name}=abc`).headers.get("location")).toBeNull();
    }
  });

  it("does not mistake another cookie for a session", () => {
    expect(visit("/elite", "authjs.csrf-token=abc; theme=dark").status).toBe(307);
  });

  it("never redirects public pages", () => {
    for (const path of ["/", "/runners/12", "/sign-in", "/dashboards-are-not-a-section"]) {
      expect(visit(path).headers.get("location")).toBeNull();
    }
  });
});
