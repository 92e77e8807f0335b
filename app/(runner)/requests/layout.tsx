import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** The request forms, their error summary and refusals, and the withdraw and comment forms: `requestForms` and `refusals`. */
export default function RequestsLayout({ children }: { children: ReactNode }) {
  return <IntlProvider namespaces={["requestForms", "refusals"]}>{children}</IntlProvider>;
}
