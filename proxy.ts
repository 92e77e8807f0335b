/**
 * A convenience redirect, not the security boundary: signed-out visitors to the signed-in sections go to
 * /sign-in (see `authorized` in auth.config.ts). Pages, actions and data functions check the user again.
 */
import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";

const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  // Everything but Next's assets, files with an extension, the Auth.js routes and the health check.
  matcher: ["/((?!_next/static|_next/image|api/auth|api/health|favicon.ico|.*\\.[\\w]+$).*)"],
};
