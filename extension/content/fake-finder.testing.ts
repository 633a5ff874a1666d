/** A tiny stand-in for the shared parser in unit tests: TDs (`TD106`, `TD 7R1`) and action codes (`WP2-4`). */
import type { Reference } from '../../shared/refs/types';

export function fakeFind(text: string): Reference[] {
  const refs: Reference[] = [];
  for (const m of text.matchAll(/\bTD ?(\d+)(?:R(\d+))?\b|\bWP(\d)-(\d+)\b/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const number = Number(m[1]);
      const revision = m[2] ? Number(m[2]) : undefined;
      refs.push({
        kind: 'td',
        id: `TD${number}${revision ? `R${revision}` : ''}`,
        text: m[0],
        start,
        end,
        number,
        ...(revision ? { revision } : {}),
      });
    } else {
      refs.push({
        kind: 'action',
        id: `WP${m[3]}-${m[4]}`,
        text: m[0],
        start,
        end,
        series: `WP${m[3]}`,
        number: Number(m[4]),
        inline: true,
        listed: false,
      });
    }
  }
  return refs;
}

/** Test markup as nodes under a fresh div in `document.body` (DOMParser: fixtures only, never page text). */
export function fixture(html: string): HTMLDivElement {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const div = document.adoptNode(parsed.body.firstElementChild as HTMLDivElement);
  document.body.append(div);
  return div;
}
