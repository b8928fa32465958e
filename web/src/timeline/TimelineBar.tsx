// The band's bar: the legend, the caller's tools (the list view's toggle), zoom and fit.
import type { ReactNode } from 'react';
import { TimelineLegend } from './TimelineLegend';

export interface TimelineBarProps {
  tools?: ReactNode;
  onZoom(direction: 'in' | 'out'): void;
  onFit(): void;
}

export function TimelineBar({ tools, onZoom, onFit }: TimelineBarProps) {
  return (
    <div className="dl-band__bar">
      <TimelineLegend />
      {tools}
      <div className="dl-band__zoom" role="group" aria-label="Zoom the timeline">
        <button type="button" className="dl-icon-button" aria-label="Zoom in" title="Zoom in" onClick={() => onZoom('in')}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="dl-icon-button" aria-label="Zoom out" title="Zoom out" onClick={() => onZoom('out')}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="dl-text-button" title="Show every event" onClick={onFit}>
          Fit
        </button>
      </div>
    </div>
  );
}
