// The masthead: the Dateline brand, then the article's title, source and date.
import { formatIsoDate } from '../dates/formatEventDate';

export interface AppHeaderProps {
  title?: string;
  source?: string;
  publicationDate?: string;
  eventCount?: number;
}

export function AppHeader({ title, source, publicationDate, eventCount }: AppHeaderProps) {
  const meta = [
    source,
    publicationDate && formatIsoDate(publicationDate),
    eventCount !== undefined && (eventCount === 1 ? '1 dated event' : `${eventCount} dated events`),
  ].filter(Boolean);
  return (
    <header className="dl-header">
      <p className="dl-header__brand">
        <span className="dl-header__logo" aria-hidden="true" />
        Dateline
      </p>
      <div className="dl-header__article">
        <h1 className="dl-header__title">{title ?? 'Reading the article…'}</h1>
        {meta.length > 0 && <p className="dl-header__meta">{meta.join(' · ')}</p>}
      </div>
    </header>
  );
}
