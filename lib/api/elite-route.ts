/**
 * The elite team's route handlers (the queue API, the ledger CSV) start alike: who asks, in which language,
 * and a query checked by zod. Answers are private JSON with a code and a message in the caller's language.
 */
import { NextResponse } from "next/server";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { translator, type MessageKey, type Translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateIssue } from "@/lib/i18n/validation";

export const PRIVATE = { "Cache-Control": "private, no-store" };

export function jsonError(status: number, body: { error: string; message: string; errors?: Record<string, string> }): Response {
  return NextResponse.json(body, { status, headers: PRIVATE });
}

/** The elite member or admin asking, with a translator in their language; else the 401 or 403 answer. */
export async function eliteCaller(messages: { signedOut: MessageKey; forbidden: MessageKey }): Promise<{ ok: true; user: CurrentUser; t: Translator } | { ok: false; response: Response }> {
  const [user, locale] = await Promise.all([getCurrentUser(), requestLocale()]);
  const t = translator(locale);
  if (!user) return { ok: false, response: jsonError(401, { error: "signed-out", message: t(messages.signedOut) }) };
  if (user.role !== "elite" && user.role !== "admin") return { ok: false, response: jsonError(403, { error: "forbidden", message: t(messages.forbidden) }) };
  return { ok: true, user, t };
}

/** The query parsed by `schema`, or a 400 naming each bad parameter in the caller's language. */
export function parseQuery<Schema extends $ZodType>(
  schema: Schema,
  raw: Record<string, string | undefined>,
  t: Translator,
  refusal: { error: string; message: MessageKey; field: string },
): { ok: true; data: output<Schema> } | { ok: false; response: Response } {
  // zod's core parser: the queue's schema is zod/mini (shared with the browser), the ledger's classic zod.
  const parsed = safeParse(schema, raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? refusal.field), translateIssue(i, t)]));
  return { ok: false, response: jsonError(400, { error: refusal.error, message: t(refusal.message), errors }) };
}
