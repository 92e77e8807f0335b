/** The bib ledger's query: which edition, and for the CSV export which table. */
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";

const year = msg("eliteApi.ledgerYear");

export const ledgerQuerySchema = z.object({
  edition: z.coerce.number({ error: year }).int(year).min(2000, year).max(2100, year),
  table: z.enum(["summary", "movements"], { error: msg("eliteApi.ledgerTable") }).default("summary"),
});

/** An edition from a search param, or `fallback` when it is missing or not a year. */
export function editionParam(value: string | undefined, fallback: number): number {
  const parsed = ledgerQuerySchema.shape.edition.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
