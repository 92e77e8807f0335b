import { describe, expect, it, vi } from "vitest";
import { createLogTransport, passwordResetEmail } from "@/lib/mail/mail";

describe("mail", () => {
  it("the log transport writes recipient, subject and the reset link", async () => {
    const log = vi.fn<(line: string) => void>();
    const message = passwordResetEmail("ada@example.org", "http://localhost:3000/reset-password?token=abc");
    await createLogTransport(log).send(message);
    expect(log).toHaveBeenCalledOnce();
    const line = log.mock.calls[0]?.[0] ?? "";
    expect(line).toContain("To: ada@example.org");
    expect(line).toContain("Subject: Reset your Finals Portal password");
    expect(line).toContain("http://localhost:3000/reset-password?token=abc");
  });
});
