/** Accounts: users (role, Argon2id hash, session version), sign-up and reset tokens, and the claims that link an account to its runner record. */
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { userLocale, userRole } from "./enums";
import { runners } from "./results";
import { moment } from "./columns";

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    passwordHash: text("password_hash"),
    /** Sessions issued before this instant are no longer accepted (set by a password reset). */
    passwordChangedAt: moment("password_changed_at"),
    /**
     * Goes up on sign-out and on a password change; a session token carries the value it was issued with
     * and stops working when they differ (lib/auth/session-validity.ts), so a 30-day JWT can be revoked.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** True from sign-up until the email's confirmation link is opened (or a reset proves the email): no sign-in. */
    signUpPending: boolean("sign_up_pending").notNull().default(false),
    role: userRole("role").notNull().default("runner"),
    /** The language the account chose (emails go out in it); null until it chooses or signs up. */
    locale: userLocale("locale"),
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

/** Sign-up confirmation tokens (SHA-256 only; lib/data/accounts.ts), in the table Auth.js's adapters use. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Password reset: only the SHA-256 of the token is stored; single use, short-lived. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expiresAt: moment("expires_at").notNull(),
    usedAt: moment("used_at"),
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);


export const runnerClaimStatus = pgEnum("runner_claim_status", ["pending", "approved", "rejected"]);

export const runnerClaims = pgTable(
  "runner_claims",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    runnerId: integer("runner_id")
      .notNull()
      .references(() => runners.id, { onDelete: "cascade" }),
    status: runnerClaimStatus("status").notNull().default("pending"),
    createdAt: moment("created_at").notNull().defaultNow(),
    decidedAt: moment("decided_at"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // One open claim per account and per (account, runner).
    uniqueIndex("runner_claims_pending_user_idx").on(t.userId).where(sql`${t.status} = 'pending'`),
    index("runner_claims_status_idx").on(t.status, t.createdAt),
  ],
);
