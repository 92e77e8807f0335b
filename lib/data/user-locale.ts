import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { normalizeEmail } from "./users";

/** Saves the account's language (the header's switch), so its emails go out in it. */
export async function setUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** The language saved for the account with this email (any case); null when none or no such account. */
export async function findUserLocaleByEmail(db: Db, email: string): Promise<Locale | null> {
  const [row] = await db
    .select({ locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  return row?.locale ?? null;
}
