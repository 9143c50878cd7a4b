import { useEffect } from 'react';

/** Sets the tab's title to the view's, so history and bookmarks say what each URL shows. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · escalation-graph`;
  }, [title]);
}
