"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { endAllSessions } from "@/lib/data/users";
import { logError } from "@/lib/log";

/**
 * Ends the session on the server, not only in this browser: the account's session version goes up, so
 * a copy of the token (another device, a stolen cookie) stops working too. Then returns to the home page.
 */
export async function signOutAction(): Promise<void> {
  // Without a session it only clears the cookie. signOut throws NEXT_REDIRECT, so it stays outside the try.
  const user = await getCurrentUser();
  if (user) {
    try {
      await endAllSessions(await getDb(), user.id);
    } catch (error) {
      logError("signOutUser failed", error);
    }
  }
  await signOut({ redirectTo: "/" });
}
