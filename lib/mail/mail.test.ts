import { describe, expect, it, vi } from "vitest";
import { accountExistsEmail, createLogTransport, passwordResetEmail, signUpConfirmationEmail } from "@/lib/mail/mail";

describe("mail", () => {
  it("the log transport writes recipient, subject and the reset link", async () => {
    const log = vi.fn<(line: string) => void>();
    const message = passwordResetEmail("ada@example.org", "http://localhost:3000/reset-password?token=abc", "en");
    await createLogTransport(log).send(message);
    expect(log).toHaveBeenCalledOnce();
    const line = log.mock.calls[0]?.[0] ?? "";
    expect(line).toContain("To: ada@example.org");
    expect(line).toContain("Subject: Reset your Finals Portal password");
    expect(line).toContain("http://localhost:3000/reset-password?token=abc");
  });

  it("writes every email in the recipient's language, links intact", () => {
    const reset = passwordResetEmail("lea@example.org", "http://x/reset-password?token=a&b=1", "fr");
    expect(reset.subject).toBe("Réinitialisez votre mot de passe Finals Portal");
    expect(reset.text).toContain("\nhttp://x/reset-password?token=a&b=1\n");
    const confirm = signUpConfirmationEmail("lea@example.org", "http://x/confirm-email?token=c", "fr");
    expect(confirm.subject).toBe("Confirmez votre compte Finals Portal");
    expect(confirm.text).toContain("valable 24 heures");
    expect(signUpConfirmationEmail("ada@example.org", "http://x/c", "en").text).toContain("the link works for 24 hours");
    const exists = accountExistsEmail("lea@example.org", "http://x/sign-in", "http://x/forgot-password", "fr");
    expect(exists.subject).toBe("Vous avez déjà un compte Finals Portal");
    expect(exists.text).toContain("Connectez-vous ici : http://x/sign-in\n");
    expect(exists.text).toContain("http://x/forgot-password");
  });
});
