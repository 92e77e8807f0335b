import "server-only";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where mail goes: SMTP in production, the server log when no SMTP_URL is configured. */
export interface MailTransport {
  readonly kind: "smtp" | "log";
  send(message: MailMessage): Promise<void>;
}

/** Writes the whole message (with any link in it) to the log: for development and demos without SMTP. */
export function createLogTransport(log: (line: string) => void = console.info): MailTransport {
  return {
    kind: "log",
    async send(message) {
      log(`[mail] (SMTP_URL not set, not sent) To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`);
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
      await (await transporter).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

let transport: MailTransport | undefined;

/** The process's transport, chosen from the environment on first use. */
export function getMailTransport(): MailTransport {
  transport ??= env.SMTP_URL ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM) : createLogTransport();
  return transport;
}

/** Sends a message with the process's transport. */
export function sendMail(message: MailMessage): Promise<void> {
  return getMailTransport().send(message);
}

/** The password reset email. */
export function passwordResetEmail(to: string, resetUrl: string): MailMessage {
  return {
    to,
    subject: "Reset your Finals Portal password",
    text: [
      "Someone, hopefully you, asked to reset the password of your Finals Portal account.",
      "",
      `Choose a new password here (the link works once, for 1 hour):`,
      resetUrl,
      "",
      "If you did not ask for this, ignore this email: your password stays the same.",
    ].join("\n"),
  };
}
