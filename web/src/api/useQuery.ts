/** A React hook over `execute`: loading, data and error for a document and its variables. */
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, execute } from './client';

export interface QueryState<TResult> {
  /** The latest answer; while a new one loads, the previous one (check `loading`). */
  data?: TResult;
  error?: ApiError;
  loading: boolean;
}

interface Settled<TResult> {
  key: string;
  data?: TResult;
  error?: ApiError;
}

/** Fetches `document` whenever its variables change; `skip` waits without fetching. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [settled, setSettled] = useState<Settled<TResult>>({ key: '' });

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    execute(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setSettled({ key, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled((previous) => ({ key, data: previous.data, error: error instanceof ApiError ? error : new ApiError(String(error), 'CLIENT_ERROR') }));
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);

  const current = settled.key === key;
  return { data: settled.data, error: current ? settled.error : undefined, loading: skip || !current };
}
