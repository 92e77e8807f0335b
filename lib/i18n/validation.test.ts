import { describe, expect, it } from "vitest";
import { z } from "zod";
import { msg } from "./keys";
import { translator } from "./messages";
import { translatedFieldErrors, translateIssue } from "./validation";

const en = translator("en");
const fr = translator("fr");

describe("zod messages in the reader's language", () => {
  it("fills a size check's placeholder from the issue itself", () => {
    const schema = z.object({ name: z.string().max(5, msg("validation.tooLong")) });
    const issues = schema.safeParse({ name: "toolong" }).error?.issues ?? [];
    expect(translatedFieldErrors(issues, fr)).toEqual({ name: ["Utilisez au plus 5 caractères"] });
    expect(translatedFieldErrors(issues, en)).toEqual({ name: ["Use at most 5 characters"] });
  });

  it("fills a custom issue's placeholders from its params, an unknown reason leaving the sentence whole", () => {
    const issue = { path: ["password"], message: msg("validation.passwordWeak"), params: { reason: "dates" } };
    expect(translateIssue(issue, fr)).toBe(
      "Ce mot de passe est trop facile à deviner. Une date se devine facilement. Combinez plusieurs mots sans rapport ou un mélange plus long, par exemple depuis un gestionnaire de mots de passe.",
    );
    expect(translateIssue({ ...issue, params: { reason: "none" } }, en)).toBe(
      "This password is too easy to guess. Use a few unrelated words or a longer mix, e.g. from a password manager.",
    );
  });

  it("shows a message that is not a key as written (schemas of areas not translated yet)", () => {
    expect(translateIssue({ path: ["reason"], message: "Give a reason of at least 20 characters" }, fr)).toBe("Give a reason of at least 20 characters");
  });
});
