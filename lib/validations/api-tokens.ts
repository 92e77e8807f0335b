import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "./ids";

/** Creating a token for a timing provider. */
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, msg("validation.tokenNameRequired")).max(100, msg("validation.tooLong")),
});

/** Revoking a token, by its id from the token list. */
export const revokeApiTokenSchema = z.object({
  id: recordId(msg("admin.unknownToken")),
});
