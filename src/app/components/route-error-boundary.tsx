import { Component, type ReactNode } from 'react';

import { QueryError } from './query-error';

interface RouteErrorBoundaryProps {
  /** The address: the error is left behind when it changes. */
  resetKey: string;
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  error: unknown;
  resetKey: string;
}

/**
 * A page that fails to render (or whose code fails to load, as after a deploy replaced its chunk)
 * shows the console's error with a retry that reloads the page, instead of a blank screen.
 */
export class RouteErrorBoundary extends Component<
  RouteErrorBoundaryProps,
  RouteErrorBoundaryState
> {
  override state: RouteErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): Partial<RouteErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <QueryError error={this.state.error} onRetry={() => window.location.reload()} />;
  }
}
