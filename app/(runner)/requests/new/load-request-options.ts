import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getRequestOptions } from "@/lib/data/requests";
import type { RequestOptions } from "@/lib/domain/request-options";

/**
 * What the signed-in runner may ask for today. Sends a visitor to sign in (back to `path` after), an
 * account without a runner to link one, and answers 404 when the runner has no options at all.
 */
export async function loadRequestOptions(path: string): Promise<RequestOptions> {
  const user = await requireUser(path);
  if (user.runnerId === null) redirect("/account/link");
  const options = await getRequestOptions(await getDb(), { runnerId: user.runnerId, today: todayIso() });
  if (!options) notFound();
  return options;
}
