/** Catches what a view throws while rendering, or a view whose code failed to load: a message, not a blank page. */
import { Component, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { ErrorNotice } from './Status';

interface State {
  error?: ApiError;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: new ApiError(error instanceof Error ? error.message : String(error), 'CLIENT_ERROR') };
  }

  render() {
    return this.state.error ? <ErrorNotice error={this.state.error} what="this view" /> : this.props.children;
  }
}
