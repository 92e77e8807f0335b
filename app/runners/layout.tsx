import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** A runner's public and private pages share the dashboard's client parts, which translate with `dashboardUi`. */
export default function RunnersLayout({ children }: { children: ReactNode }) {
  return <IntlProvider namespaces={["dashboardUi"]}>{children}</IntlProvider>;
}
