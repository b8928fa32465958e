// Where the selected event stands in date order, for the card's count and its ← → buttons.

export interface Neighbours<T> {
  /** 0-based; -1 when the event is not in the order. */
  index: number;
  earlier?: T;
  later?: T;
}

/** The event's place and the events just before and after it. Pure. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): Neighbours<T> {
  const index = ordered.findIndex((event) => event.id === id);
  const earlier = index > 0 ? ordered[index - 1] : undefined;
  const later = index >= 0 ? ordered[index + 1] : undefined;
  return { index, ...(earlier ? { earlier } : {}), ...(later ? { later } : {}) };
}
