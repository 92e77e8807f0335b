import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** The dashboard's client parts (status cards, index, results, chart) translate with `dashboardUi` only. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <IntlProvider namespaces={["dashboardUi"]}>{children}</IntlProvider>;
}
