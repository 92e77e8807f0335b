import { TextLink } from "@/components/ui/text-link";

export interface BackLinkProps {
  href: string;
  /** Where the link leads, e.g. "My requests"; shown after a back arrow. */
  children: string;
}

/** The "← Somewhere" link at the top of a detail page, 44 px tall for touch. */
export function BackLink({ href, children }: BackLinkProps) {
  return (
    <p>
      <TextLink href={href}>← {children}</TextLink>
    </p>
  );
}
