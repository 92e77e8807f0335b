import type { ReactNode } from "react";

/** Account pages: one narrow column, comfortable on a phone. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-md space-y-6">{children}</div>;
}
