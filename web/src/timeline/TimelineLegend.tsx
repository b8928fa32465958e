// What the three item shapes mean.

export function TimelineLegend() {
  return (
    <ul className="dl-legend" aria-label="Legend">
      <li>
        <span className="dl-legend__swatch dl-legend__swatch--day" aria-hidden="true" /> a day
      </li>
      <li>
        <span className="dl-legend__swatch dl-legend__swatch--span" aria-hidden="true" /> a month or span
      </li>
      <li>
        <span className="dl-legend__swatch dl-legend__swatch--open" aria-hidden="true" /> ongoing
      </li>
    </ul>
  );
}
