// The temporal tagger: recognise, then resolve.
import { recogniseTimexes } from './recognise/recogniseTimexes';
import { resolveTimexes } from './resolve/resolveTimexes';
import type { TagOptions, Timex } from './types';

/** Finds the temporal expressions of a text, with TimeML types and values. Never throws. */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  return resolveTimexes(text, recogniseTimexes(text), options);
}
