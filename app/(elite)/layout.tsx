import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { QueryProvider } from "@/components/providers/query-provider";

/**
 * The elite team's section: the only one that loads React Query (the review queue). Its client words: the error
 * boundary's title here; each page adds its own forms' namespaces around them (queue, decision, quota).
 */
export default function EliteLayout({ children }: { children: ReactNode }) {
  // The runner's record on a request page reuses the dashboard's client parts (status cards, index, results).
  return (
    <IntlProvider namespaces={["eliteArea", "dashboardUi"]}>
      <QueryProvider>{children}</QueryProvider>
    </IntlProvider>
  );
}
