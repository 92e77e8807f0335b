/** The bib ledger's query: which edition, and for the CSV export which table. */
import { z } from "zod";

export const ledgerQuerySchema = z.object({
  edition: z.coerce.number({ error: "Use a year from 2000 to 2100" }).int("Use a year from 2000 to 2100").min(2000, "Use a year from 2000 to 2100").max(2100, "Use a year from 2000 to 2100"),
  table: z.enum(["summary", "movements"], { error: "Use table=summary or table=movements" }).default("summary"),
});

/** An edition from a search param, or `fallback` when it is missing or not a year. */
export function editionParam(value: string | undefined, fallback: number): number {
  const parsed = ledgerQuerySchema.shape.edition.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
