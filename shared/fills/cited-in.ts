/**
 * Where a reference sits, for people: the agenda item (`3.1`), the annex (`Annex 2`), or the line (`line 5`)
 * when it is before the first item.
 */
import type { AgendaStructure } from '../agenda/types';
import { lineIndex } from '../text/lines';

interface Section {
  start: number;
  label: string;
}

export type CitedIn = (offset: number) => string;

export function citedInLocator(text: string, agenda: AgendaStructure): CitedIn {
  const sections: Section[] = [
    ...agenda.items.map((item) => ({ start: item.start, label: item.number })),
    ...agenda.annexes.map((annex) => ({ start: annex.start, label: `Annex ${annex.label}` })),
  ].sort((a, b) => a.start - b.start);
  const lines = lineIndex(text);
  return (offset) => {
    let found: Section | undefined;
    for (const section of sections) {
      if (section.start > offset) break;
      found = section;
    }
    return found ? found.label : `line ${lines.lineOf(offset)}`;
  };
}
