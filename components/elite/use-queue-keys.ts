"use client";

import { useEffect } from "react";

export interface QueueKeyHandlers {
  count: number;
  active: number;
  setActive: (index: number) => void;
  open: (index: number) => void;
  toggle: (index: number) => void;
  /** Starts the review of the selected requests. */
  start: () => void;
  help: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/** The visible link of row `index` (the table on wide screens, the cards on phones). */
export function queueLink(index: number): HTMLAnchorElement | null {
  const links = document.querySelectorAll<HTMLAnchorElement>(`a[data-queue-link="${index}"]`);
  return [...links].find((a) => a.offsetParent !== null) ?? null;
}

/**
 * The queue's keyboard: j / k move to the next / previous request (focus follows, so screen readers read it),
 * Enter opens it, x selects it, s starts the review of the selected ones, ? shows the help. Keys typed in a field are left alone.
 */
export function useQueueKeys({ count, active, setActive, open, toggle, start, help }: QueueKeyHandlers) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const move = (to: number) => {
        event.preventDefault();
        const index = Math.min(Math.max(0, to), count - 1);
        setActive(index);
        queueLink(index)?.focus();
      };
      if (event.key === "?") {
        event.preventDefault();
        help();
      } else if (count === 0) {
        return;
      } else if (event.key === "j") {
        move(active < 0 ? 0 : active + 1);
      } else if (event.key === "k") {
        move(active < 0 ? 0 : active - 1);
      } else if (event.key === "s") {
        event.preventDefault();
        start();
      } else if (event.key === "x" && active >= 0) {
        event.preventDefault();
        toggle(active);
      } else if (event.key === "Enter" && active >= 0 && (event.target === document.body || event.target === null)) {
        // On a focused link Enter opens it natively; from the page itself, open the current row.
        event.preventDefault();
        open(active);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [count, active, setActive, open, toggle, start, help]);
}
