import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** Admin pages: their forms' words on the client. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <IntlProvider namespaces={["admin", "fields", "labels"]}>{children}</IntlProvider>;
}
