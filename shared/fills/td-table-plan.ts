/**
 * TD table: the documents the agenda cites, one row each (TD, revision, title, source, link, where cited), in a
 * content control at the end of the document. Numbers are written bare (`106`, not `TD106`) so the table itself
 * adds no references to the document: checks and a refresh see the same citations as before.
 */
import type { AgendaStructure } from '../agenda/types';
import type { AgendaDocument } from '../document/model';
import type { MeetingContext } from '../meeting/types';
import { contributionPageUrl, tdPageUrl } from '../meeting/urls';
import { findReferences } from '../refs/find-references';
import type { ContributionRef, TdRef } from '../refs/types';
import { notUsed, registerMismatch } from '../register/meeting-fit';
import type { TdRegister } from '../register/types';
import { citedInLocator } from './cited-in';
import { TD_TABLE_TAG } from './tags';
import type { TablePlan, TableSpec } from './types';

export const TD_TABLE_HEADER = ['TD', 'Rev.', 'Title', 'Source', 'Link', 'Cited in'];

interface CitedDocument {
  ref: TdRef | ContributionRef;
  revisions: Set<number>;
  citedIn: string[];
}

function revisionText(revisions: Set<number>): string {
  return [...revisions]
    .sort((a, b) => a - b)
    .map((r) => `R${r}`)
    .join(', ');
}

function collect(doc: AgendaDocument, agenda: AgendaStructure, kind: 'td' | 'contribution'): CitedDocument[] {
  const citedIn = citedInLocator(doc.text, agenda);
  const byNumber = new Map<string, CitedDocument>();
  for (const ref of findReferences(doc.text, { kinds: [kind] })) {
    if (ref.kind !== 'td' && ref.kind !== 'contribution') continue;
    // A TD of another group (`SG12-TD648`) is another document than this meeting's TD648.
    const key = `${ref.group ?? ''}#${ref.number}`;
    const entry = byNumber.get(key) ?? { ref, revisions: new Set<number>(), citedIn: [] };
    if (ref.revision !== undefined) entry.revisions.add(ref.revision);
    const where = citedIn(ref.start);
    if (!entry.citedIn.includes(where)) entry.citedIn.push(where);
    byNumber.set(key, entry);
  }
  return [...byNumber.values()].sort(
    (a, b) => a.ref.number - b.ref.number || (a.ref.group ?? '').localeCompare(b.ref.group ?? ''),
  );
}

function urlOf(ref: TdRef | ContributionRef, ctx: MeetingContext | null): string {
  if (!ctx) return '';
  const url = ref.kind === 'td' ? tdPageUrl(ref, ctx) : contributionPageUrl(ref, ctx);
  return typeof url === 'string' ? url : '';
}

export interface TdTableOptions {
  register?: TdRegister | null;
}

export function planTdTable(
  doc: AgendaDocument,
  agenda: AgendaStructure,
  ctx: MeetingContext | null,
  options: TdTableOptions = {},
): TablePlan {
  const columns = TD_TABLE_HEADER.length;
  const table: TableSpec = { columns, values: [[...TD_TABLE_HEADER]], merges: [], links: [], groupRows: [] };
  const warnings: string[] = [];
  if (!ctx) warnings.push('No meeting context: the Link column is left blank.');
  // The register fills titles and sources: TDs from a TD register, contributions from ITU's contributions index.
  const mismatch = options.register ? registerMismatch(options.register, ctx) : null;
  if (mismatch && options.register) warnings.push(`${mismatch}: ${notUsed(options.register)}.`);
  const register = mismatch ? undefined : (options.register ?? undefined);
  const tds = collect(doc, agenda, 'td');
  const contributions = collect(doc, agenda, 'contribution');
  const groupRow = (label: string) => {
    table.groupRows.push(table.values.length);
    table.merges.push({ row: table.values.length, firstCell: 0, lastCell: columns - 1 });
    table.values.push([label, ...Array<string>(columns - 1).fill('')]);
  };
  const addRows = (cited: CitedDocument[]) => {
    for (const { ref, revisions, citedIn } of cited) {
      const local = !ref.group || ref.group === ctx?.group;
      const entry = local && register?.kind === ref.kind ? register.get(ref.number) : undefined;
      const url = urlOf(ref, ctx);
      if (url) table.links.push({ row: table.values.length, cell: 4, url });
      table.values.push([
        ref.group && !local ? `${ref.group} ${ref.number}` : String(ref.number),
        revisionText(revisions),
        entry?.title ?? '',
        entry?.source ?? '',
        url ? 'ITU page' : '',
        citedIn.join(', '),
      ]);
    }
  };
  if (contributions.length > 0) groupRow('Temporary documents');
  addRows(tds);
  if (contributions.length > 0) {
    groupRow('Contributions');
    addRows(contributions);
  }
  if (tds.length + contributions.length === 0) warnings.push('The agenda cites no TD or contribution.');
  return {
    kind: 'td-table',
    tag: TD_TABLE_TAG,
    title: 'TD Lens: documents cited',
    caption: 'Documents cited in this agenda',
    table,
    placement: { kind: 'end' },
    warnings,
  };
}
