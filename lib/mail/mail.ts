import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Transporter } from "nodemailer";
import type { Locale } from "@/i18n/locales";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** For notifications: the List-Unsubscribe link (RFC 2369; one-click per RFC 8058). */
  unsubscribeUrl?: string;
}

/** Where mail goes: SMTP in production, the server log (and DATA_DIR/mail) when no SMTP_URL is configured. */
export interface MailTransport {
  readonly kind: "smtp" | "log";
  send(message: MailMessage): Promise<void>;
}

/**
 * Writes the whole message (with any link in it) to the log, and to a file in `outbox` when given (one
 * file per message, 0600, for tools and e2e tests that open the links): for development and demos without SMTP.
 */
export function createLogTransport(log: (line: string) => void = console.info, outbox?: string): MailTransport {
  return {
    kind: "log",
    async send(message) {
      const text = `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`;
      log(`[mail] (SMTP_URL not set, not sent) ${text}`);
      if (outbox) {
        mkdirSync(outbox, { recursive: true, mode: 0o700 });
        writeFileSync(path.join(outbox, `${Date.now()}-${randomBytes(4).toString("hex")}.txt`), text, { mode: 0o600 });
      }
    },
  };
}

/** Sends with nodemailer over the given smtp:// or smtps:// URL (loaded only when used). */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  return {
    kind: "smtp",
    async send(message) {
      transporter ??= import("nodemailer").then((nodemailer) => nodemailer.createTransport(smtpUrl));
      await (await transporter).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // Mail clients show an unsubscribe button that POSTs to the link (app/api/notifications/unsubscribe).
        ...(message.unsubscribeUrl ? { list: { unsubscribe: { url: message.unsubscribeUrl, comment: "Unsubscribe" } }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } } : {}),
      });
    },
  };
}

let transport: MailTransport | undefined;

/** The process's transport, chosen from the environment on first use. */
export function getMailTransport(): MailTransport {
  transport ??= env.SMTP_URL
    ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM)
    : createLogTransport(console.info, path.join(env.DATA_DIR, "mail"));
  return transport;
}

/** Sends a message with the process's transport. */
export function sendMail(message: MailMessage): Promise<void> {
  return getMailTransport().send(message);
}

/** The password reset email, in the account's language. */
export function passwordResetEmail(to: string, resetUrl: string, locale: Locale): MailMessage {
  const t = translator(locale);
  return { to, subject: t("mail.passwordReset.subject"), text: t("mail.passwordReset.body", { url: resetUrl }) };
}

/** The sign-up confirmation: the account works once this link is opened. */
export function signUpConfirmationEmail(to: string, confirmUrl: string, locale: Locale): MailMessage {
  const t = translator(locale);
  return { to, subject: t("mail.signUpConfirmation.subject"), text: t("mail.signUpConfirmation.body", { url: confirmUrl }) };
}

/** Sent instead of a confirmation when someone signs up with an email that already has an account. */
export function accountExistsEmail(to: string, signInUrl: string, resetUrl: string, locale: Locale): MailMessage {
  const t = translator(locale);
  return { to, subject: t("mail.accountExists.subject"), text: t("mail.accountExists.body", { signInUrl, resetUrl }) };
}
