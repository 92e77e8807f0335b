/**
 * GET /api/elite/ledger?edition=2027&table=summary|movements: the bib ledger as CSV, for the elite team and
 * admins (401 signed out, 403 any other role, 400 a bad query). Cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or carriage return) are prefixed with ' so they stay text.
 * The CSV is in the requester's language, like the page its link is on: a person downloads it from the ledger
 * and opens it in a spreadsheet. Only words change (headers, movements, sexes); codes, numbers, race names and
 * the UTC moments stay the same in both, so a sheet made in one language reads like the other.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { LEDGER_COLUMNS } from "@/components/ledger/ledger-view";
import { reviewFailureText } from "@/lib/actions/review/review-failure-text";
import { getCurrentUser } from "@/lib/auth/session";
import { getBibLedger } from "@/lib/data/bib-ledger";
import { toCsv, type CsvValue } from "@/lib/exports/csv";
import { translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateIssue } from "@/lib/i18n/validation";
import { ledgerQuerySchema } from "@/lib/validations/ledger";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const [user, locale] = await Promise.all([getCurrentUser(), requestLocale()]);
  const t = translator(locale);
  if (!user) return NextResponse.json({ error: "signed-out", message: t("eliteApi.ledgerSignedOut") }, { status: 401, headers: PRIVATE });
  if (user.role !== "elite" && user.role !== "admin") {
    return NextResponse.json({ error: "forbidden", message: t("eliteApi.ledgerForbidden") }, { status: 403, headers: PRIVATE });
  }
  const parsed = ledgerQuerySchema.safeParse({
    edition: request.nextUrl.searchParams.get("edition") ?? undefined,
    table: request.nextUrl.searchParams.get("table") ?? undefined,
  });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "query"), translateIssue(i, t)]));
    return NextResponse.json({ error: "invalid-query", message: t("eliteApi.invalidQuery"), errors }, { status: 400, headers: PRIVATE });
  }
  const { edition, table } = parsed.data;
  const result = await getBibLedger(await getDb(), user, edition);
  if (!result.ok) return NextResponse.json({ error: result.error, message: reviewFailureText(result, t) }, { status: 403, headers: PRIVATE });

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
