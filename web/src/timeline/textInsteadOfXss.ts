// Stands in for the "xss" package inside vis-timeline (aliased in vite.config.ts). vis runs every
// string it writes with innerHTML (axis labels, a string item's content) through xss's FilterXSS.
// Dateline gives vis DOM nodes for its labels and never means a string as HTML, so each string is
// escaped and shown as text: stricter than filtering, and 6.5 kB gzip (xss with cssfilter) lighter.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

class FilterXSS {
  process(html: string): string {
    return escapeHtml(html);
  }
}

export default { FilterXSS };
