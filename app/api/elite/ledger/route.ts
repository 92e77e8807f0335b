/**
 * GET /api/elite/ledger?edition=2027&table=summary|movements: the bib ledger as CSV, for the elite team and
 * admins (401 signed out, 403 any other role, 400 a bad query). Cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or carriage return) are prefixed with ' so they stay text.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { LEDGER_COLUMNS, MOVEMENT_LABEL } from "@/components/ledger/ledger-view";
import { getCurrentUser } from "@/lib/auth/session";
import { getBibLedger } from "@/lib/data/bib-ledger";
import { toCsv, type CsvValue } from "@/lib/exports/csv";
import { SEX_NAME } from "@/lib/labels";
import { ledgerQuerySchema } from "@/lib/validations/ledger";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "signed-out", message: "Sign in to export the ledger." }, { status: 401, headers: PRIVATE });
  if (user.role !== "elite" && user.role !== "admin") {
    return NextResponse.json({ error: "forbidden", message: "Only the elite team can export the ledger." }, { status: 403, headers: PRIVATE });
  }
  const parsed = ledgerQuerySchema.safeParse({
    edition: request.nextUrl.searchParams.get("edition") ?? undefined,
    table: request.nextUrl.searchParams.get("table") ?? undefined,
  });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "query"), i.message]));
    return NextResponse.json({ error: "invalid-query", message: "The export query is not valid.", errors }, { status: 400, headers: PRIVATE });
  }
  const { edition, table } = parsed.data;
  const result = await getBibLedger(await getDb(), user, edition);
  if (!result.ok) return NextResponse.json({ error: result.error, message: result.message }, { status: 403, headers: PRIVATE });

  const { rows, movements } = result.ledger;
  const records: CsvValue[][] =
    table === "summary"
      ? [["Finals race", "Sex", ...LEDGER_COLUMNS.map(([h]) => h)], ...rows.map((r) => [r.finalsRace, SEX_NAME[r.sex], ...LEDGER_COLUMNS.map(([, v]) => v(r))])]
      : [
          ["When (UTC)", "Movement", "Finals race", "Sex", "Change", "Request", "Runner", "Decided by", "Reason"],
          ...movements.map((m) => [m.at, MOVEMENT_LABEL[m.kind], m.finalsRace, SEX_NAME[m.sex], m.delta, m.requestId, m.runnerName, m.byName, m.reason]),
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
