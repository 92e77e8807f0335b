import { expect, signUpAndConfirm, test } from "./fixtures";

// Issue #14: security headers, and bad requests that answered 500. Run by the desktop project only (no UI).

test("pages are sent with the security headers", async ({ request }) => {
  for (const path of ["/", "/sign-in"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
});

test("the pages work under the CSP (no violation in the console)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/runners/1");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another origin is refused with 403", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { "next-action": "0000000000000000000000000000000000000000", origin: "https://evil.example", "content-type": "text/plain" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test("a malformed percent-encoded path answers 400, not 500", async ({ request }) => {
  const response = await request.get("/runners/%E0%A4%A");
  expect(response.status()).toBe(400);
});

test("signing out ends the session on the server: a copy of the old cookie no longer works", async ({ browser }) => {
  // An account of this test's own: signing out ends every session of the account.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpAndConfirm(page, { name: "Sam Signout", email: `e2e-signout-${Date.now()}@example.org`, password: "e2e-signout-password-2027" });
  const stolen = await context.cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const other = await thief.newPage();
  await other.goto("/account/link");
  await expect(other).toHaveURL(/\/sign-in/);
  await thief.close();
  await context.close();
});

test("a server action body over 1 MB is refused at once (uploads go to their own route)", async ({ request, baseURL }) => {
  const started = Date.now();
  const response = await request.post("/sign-in", {
    headers: { "next-action": "0000000000000000000000000000000000000000", origin: new URL(baseURL ?? "").origin, "content-type": "text/plain" },
    data: "x".repeat(2 * 1024 * 1024),
  });
  // 413 past the limit; an unknown action id may be refused first (400). Either way, never buffered whole:
  // the limit itself is pinned by lib/next-config.test.ts.
  expect([400, 413]).toContain(response.status());
  expect(Date.now() - started).toBeLessThan(10_000);
});

test("the upload route refuses a signed-out visitor (401) before reading the body", async ({ request }) => {
  const response = await request.post("/api/requests/documents", {
    multipart: { requestId: "1", documents: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") } },
  });
  expect(response.status()).toBe(401);
});
