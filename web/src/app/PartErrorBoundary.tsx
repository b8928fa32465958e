// One part of the page (the timeline, the card, the article) failing shows a message in its place;
// the other parts keep working. React still needs a class for this: there is no hook for it.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

export interface PartErrorBoundaryProps {
  /** What the reader calls the part, as the subject of the message: "The timeline". */
  part: string;
  /** A new value (another article) clears the failure and draws the part again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

export class PartErrorBoundary extends Component<PartErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: PartErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For the developer's console only: the reader sees a sentence, never a stack trace.
    console.error(`Dateline: ${this.props.part} failed.`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="dl-part-problem" data-part={this.props.part}>
        <ProblemMessage
          title={`${this.props.part} could not be shown`}
          message="Something went wrong while drawing it. The rest of the page still works."
          onRetry={() => this.setState({ failed: false })}
        />
      </div>
    );
  }
}
