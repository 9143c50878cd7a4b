/** The loading and error states every view shows instead of a blank page. */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';

/** A polite live region saying what is being loaded. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status">
      Loading {what}…
    </p>
  );
}

/** An API error: its message and its code, announced to assistive technology; `children` say what to do. */
export function ErrorNotice({ error, what, children }: { error: ApiError; what: string; children?: ReactNode }) {
  return (
    <div className="status error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {error.message}
      </p>
      <p>
        Error code: <code>{error.code}</code>
      </p>
      {children}
    </div>
  );
}

/** What a view shows when the API has no entity under the slug of the URL. */
export function NotFound({ what }: { what: string }) {
  return (
    <div className="status error" role="alert">
      <p>
        <strong>Not found:</strong> {what}.
      </p>
    </div>
  );
}
