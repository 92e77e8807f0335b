/**
 * GET /api/elite/ledger?edition=2027&table=summary|movements: the bib ledger as CSV, for the elite team and
 * admins (401 signed out, 403 any other role, 400 a bad query). Cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or carriage return) are prefixed with ' so they stay text.
 * The CSV is in the requester's language, like the page its link is on: a person downloads it from the ledger
 * and opens it in a spreadsheet. Only words change (headers, movements, sexes); codes, numbers, race names and
 * the UTC moments stay the same in both, so a sheet made in one language reads like the other.
 */
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { eliteCaller, jsonError, parseQuery, PRIVATE } from "@/lib/api/elite-route";
import { LEDGER_COLUMNS } from "@/components/ledger/ledger-view";
import { reviewFailureText } from "@/lib/actions/review/review-failure-text";
import { getBibLedger } from "@/lib/data/bib-ledger";
import { toCsv, type CsvValue } from "@/lib/exports/csv";
import { ledgerQuerySchema } from "@/lib/validations/ledger";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const caller = await eliteCaller({ signedOut: "eliteApi.ledgerSignedOut", forbidden: "eliteApi.ledgerForbidden" });
  if (!caller.ok) return caller.response;
  const { user, t } = caller;
  const query = { edition: request.nextUrl.searchParams.get("edition") ?? undefined, table: request.nextUrl.searchParams.get("table") ?? undefined };
  const parsed = parseQuery(ledgerQuerySchema, query, t, { error: "invalid-query", message: "eliteApi.invalidQuery", field: "query" });
  if (!parsed.ok) return parsed.response;
  const { edition, table } = parsed.data;
  const result = await getBibLedger(await getDb(), user, edition);
  if (!result.ok) return jsonError(403, { error: result.error, message: reviewFailureText(result, t) });

  const { rows, movements } = result.ledger;
  const records: CsvValue[][] =
    table === "summary"
      ? [
          [t("ledger.race"), t("ledger.csv.sex"), ...LEDGER_COLUMNS.map(([column]) => t(`ledger.column.${column}`))],
          ...rows.map((r) => [r.finalsRace, t(`labels.sexName.${r.sex}`), ...LEDGER_COLUMNS.map(([, v]) => v(r))]),
        ]
      : [
          [
            t("ledger.csv.when"),
            t("ledger.csv.movement"),
            t("ledger.race"),
            t("ledger.csv.sex"),
            t("ledger.csv.change"),
            t("ledger.csv.request"),
            t("ledger.csv.runner"),
            t("ledger.csv.decidedBy"),
            t("ledger.csv.reason"),
          ],
          ...movements.map((m) => [m.at, t(`ledger.movement.${m.kind}`), m.finalsRace, t(`labels.sexName.${m.sex}`), m.delta, m.requestId, m.runnerName, m.byName, m.reason]),
        ];
  const body = toCsv(records);
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bib-ledger-${edition}-${table}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
