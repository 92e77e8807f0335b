import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { appUrl } from "@/lib/mail/app-url";
import { confirmSignUp } from "@/lib/data/accounts";

/** The link of the sign-up email: confirms the account, then sends the runner to sign in. */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const result = token && token.length <= 200 ? await confirmSignUp(await getDb(), token, new Date()) : { ok: false };
  return NextResponse.redirect(appUrl(`/sign-in?confirmed=${result.ok ? "1" : "0"}`), 303);
}
