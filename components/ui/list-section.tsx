import type { ReactNode } from "react";

export interface ListSectionProps<Item> {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  /** Said instead of the list when there is nothing in it. */
  empty: string;
  items: readonly Item[];
  itemKey: (item: Item, index: number) => string | number;
  renderItem: (item: Item) => ReactNode;
  /** Bulleted (the default) or plain. */
  bullets?: boolean;
}

/** A titled section holding a list, or a sentence saying it is empty. */
export function ListSection<Item>({ id, title, empty, items, itemKey, renderItem, bullets = true }: ListSectionProps<Item>) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className={bullets ? "list-disc space-y-1 pl-5 text-sm" : "space-y-1 text-sm"}>
          {items.map((item, index) => (
            <li key={itemKey(item, index)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
