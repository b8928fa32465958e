// The vis-timeline options of the Dateline band: zoom from days to decades, labels as plain text.
import type { TimelineOptions } from 'vis-timeline/esnext';
import { itemTemplate } from './itemTemplate';

const day = 24 * 60 * 60 * 1000;

export const timelineOptions: TimelineOptions = {
  height: '100%',
  orientation: { axis: 'bottom', item: 'bottom' },
  stack: true,
  selectable: true,
  multiselect: false,
  editable: false,
  showCurrentTime: false,
  zoomable: true,
  moveable: true,
  // One day is the finest unit an article dates to. A story's background can reach back centuries ("the
  // first ferry sailed in 1952", "the Union of 1569"): a 30-year cap kept Fit from showing 1952 and 2011 together.
  zoomMin: day,
  zoomMax: 1000 * 365 * day,
  // Day numbers are short: let the axis show them at the two-month zoom a selection focuses on.
  maxMinorChars: 4,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  // Many events in one week stack high on a phone: let the band scroll rather than clip them.
  verticalScroll: true,
  template: itemTemplate,
  // xss stays on (the default): the labels are DOM nodes, and any string content is filtered.
};
