import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

// The e2e server has no SMTP: it writes each email to DATA_DIR/mail (lib/mail.ts), DATA_DIR being
// .data/e2e-<port> (scripts/e2e-server.mjs).
const outbox = path.join(".data", `e2e-${process.env.E2E_PORT ?? 3100}`, "mail");

/** Every email sent to `email`, oldest first. */
export function mailsTo(email: string): string[] {
  let files: string[];
  try {
    files = readdirSync(outbox).sort();
  } catch {
    return [];
  }
  return files.map((file) => readFileSync(path.join(outbox, file), "utf8")).filter((text) => text.startsWith(`To: ${email}\n`));
}

/** The newest email sent to `email` whose subject matches, waiting for it to be written. */
export async function latestMail(email: string, subject: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(() => {
      found = mailsTo(email)
        .filter((text) => subject.test(text.split("\n")[1] ?? ""))
        .at(-1);
      return found !== undefined;
    })
    .toBe(true);
  return found ?? "";
}

/** The first link of an email. */
export function firstLink(mail: string): string {
  const link = /https?:\/\/\S+/.exec(mail)?.[0];
  if (!link) throw new Error(`no link in:\n${mail}`);
  return link;
}
