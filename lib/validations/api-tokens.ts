import { z } from "zod";
import { recordId } from "./ids";

/** Creating a token for a timing provider. */
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the provider this token is for").max(100, "Use at most 100 characters"),
});

/** Revoking a token, by its id from the token list. */
export const revokeApiTokenSchema = z.object({
  id: recordId("Unknown token."),
});
