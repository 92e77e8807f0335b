import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";

/** The notification list and the emails' unsubscribe page: their forms speak the page's language. */
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <IntlProvider namespaces={["notifications"]}>{children}</IntlProvider>;
}
