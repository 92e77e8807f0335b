import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** Account pages: one narrow column, comfortable on a phone; their forms' words on the client. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <IntlProvider namespaces={["auth", "fields"]}>
      <div className="mx-auto w-full max-w-md space-y-6">{children}</div>
    </IntlProvider>
  );
}
