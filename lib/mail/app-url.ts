import "server-only";
import { env } from "@/lib/env";

/**
 * An absolute link to a page of the portal, for emails: always on APP_URL (required in production,
 * lib/env.js), never on the request's Host, X-Forwarded-Host or Origin headers, which whoever sends the
 * request chooses (a reset link pointing at their host would hand them the token).
 */
export function appUrl(pathAndQuery: string): string {
  return `${env.APP_URL}${pathAndQuery}`;
}
