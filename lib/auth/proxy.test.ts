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

describe("proxy: bad requests that Next.js would answer with a 500", () => {
  function post(path: string, headers: Record<string, string>) {
    return proxy(new NextRequest(`http://localhost:3000${path}`, { method: "POST", headers: { host: "localhost:3000", ...headers } }));
  }

  // Issue #14.12
  it("answers 403 to a server action posted from another origin", () => {
    expect(post("/sign-in", { "next-action": "abc", origin: "https://evil.example" }).status).toBe(403);
    expect(post("/sign-in", { "content-type": "multipart/form-data; boundary=x", origin: "null" }).status).toBe(403);
  });

  it("lets a same-origin action through (also behind a proxy that sets X-Forwarded-Host)", () => {
    expect(post("/sign-in", { "next-action": "abc", origin: "http://localhost:3000" }).status).toBe(200);
    expect(
      post("/sign-in", { "next-action": "abc", origin: "https://portal.example.org", "x-forwarded-host": "portal.example.org" }).status,
    ).toBe(200);
  });

  // Issue #14.13
  it("answers 400 to a malformed percent-encoded path", () => {
    expect(visit("/runners/%E0%A4%A").status).toBe(400);
    expect(visit("/runners/%E0%A4%A0").status).toBe(200);
  });
});
