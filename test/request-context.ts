/**
 * Next's request context for tests that call server actions and route handlers directly: the cookies and
 * headers `next/headers` would give, and a real session cookie (Auth.js's encoding with the test's secret)
 * that the app's own session code reads. A test file mocks `next/headers` with `nextHeaders` and stubs
 * AUTH_SECRET with `TEST_AUTH_SECRET` before importing app code:
 *
 *   vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
 *   vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
 */
export const TEST_AUTH_SECRET = "request-context-test-secret-0123456789abcdef";

const context = { cookies: [] as { name: string; value: string }[], headers: new Headers() };

export const nextHeaders = {
  cookies: async () => ({
    getAll: () => context.cookies,
    get: (name: string) => context.cookies.find((c) => c.name === name),
    set: (name: string, value: string) => {
      context.cookies = [...context.cookies.filter((c) => c.name !== name), { name, value }];
    },
    delete: (name: string) => {
      context.cookies = context.cookies.filter((c) => c.name !== name);
    },
  }),
  headers: async () => context.headers,
};

/** The session cookie of this user (as issued at sign-in), or none for a signed-out visitor. */
export async function signInAs(user: { id: string; sessionVersion?: number } | null): Promise<void> {
  if (user === null) {
    context.cookies = [];
    return;
  }
  const { issueSessionToken } = await import("@/lib/auth/session-token");
  const { sessionCookieName } = await import("@/lib/auth/session-cookie");
  const cookieName = sessionCookieName(false);
  const token = await issueSessionToken({
    user: { id: user.id, name: user.id, email: `${user.id}@example.com`, sessionVersion: user.sessionVersion },
    secret: TEST_AUTH_SECRET,
    cookieName,
    maxAgeSeconds: 3600,
  });
  context.cookies = [{ name: cookieName, value: token }];
}

/** The cookie header a browser would send with the current session (for route handlers given a Request). */
export function cookieHeader(): string {
  return context.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** A FormData with these string fields, as a form posts it. */
export function formOf(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}
