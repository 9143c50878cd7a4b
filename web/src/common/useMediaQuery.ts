import { useSyncExternalStore } from 'react';

/** The width from which views lay out side by side (the same as the stylesheet's breakpoint). */
export const WIDE = '(min-width: 60.01rem)';

/** Whether the media query matches now, updated as the window is resized. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}
