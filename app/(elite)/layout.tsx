import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { QueryProvider } from "@/components/providers/query-provider";

/**
 * The elite team's section: the only one that loads React Query (the review queue). Its client words: the error
 * boundary's title here; each page adds its own forms' namespaces around them (queue, decision, quota).
 */
export default function EliteLayout({ children }: { children: ReactNode }) {
  return (
    <IntlProvider namespaces={["eliteArea"]}>
      <QueryProvider>{children}</QueryProvider>
    </IntlProvider>
  );
}
