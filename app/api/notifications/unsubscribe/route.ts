/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the email's link.
 * The signed token names the person and the kind; a GET (a link scanner) changes nothing.
 */
import { getDb } from "@/db";
import { optOutOfEmails } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const named = readUnsubscribeToken(env.AUTH_SECRET ?? "", token);
  if (!named) return Response.json({ error: "invalid-token", message: "This unsubscribe link is not valid." }, { status: 400 });
  await optOutOfEmails(await getDb(), named.userId, named.kind);
  return new Response(null, { status: 204 });
}
