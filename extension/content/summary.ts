/** The popup's view of a page: its references grouped by kind, with counts, and a copyable list. */
import type { RefKind } from '../../shared/refs/types';
import { KIND_LABELS, REF_KINDS } from '../../shared/refs/kinds';
import type { SummaryGroup } from '../messages';

/** Groups `(kind, id)` pairs (in page order) by kind, in the order of REF_KINDS. */
export function groupReferences(items: Iterable<{ kind: RefKind; id: string }>): SummaryGroup[] {
  const byKind = new Map<RefKind, Map<string, number>>();
  for (const { kind, id } of items) {
    let ids = byKind.get(kind);
    if (!ids) byKind.set(kind, (ids = new Map()));
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return REF_KINDS.filter((kind) => byKind.has(kind)).map((kind) => {
    const ids = [...byKind.get(kind)!].map(([id, count]) => ({ id, count }));
    return { kind, label: KIND_LABELS[kind], ids, total: ids.reduce((n, e) => n + e.count, 0) };
  });
}

/** Plain-text list for copying: one line per kind, `TD (3): TD106, TD7R1, TD150`. */
export function summaryText(groups: readonly SummaryGroup[]): string {
  return groups.map((g) => `${g.label} (${g.ids.length}): ${g.ids.map((e) => e.id).join(', ')}`).join('\n');
}
