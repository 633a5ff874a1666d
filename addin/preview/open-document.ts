/** Reads a file the reader opens in the preview; refuses what would replace the shown document with nothing. */
import { readDocument } from '../../shared/document/read';
import type { AgendaDocument } from '../../shared/document/model';

export function readOpenedDocument(bytes: Uint8Array, name: string): AgendaDocument {
  const doc = readDocument(bytes, name);
  // readDocument reads an empty file as an empty document (fine for the CLI); here it would silently drop the
  // document the reader was working on.
  if (doc.text.trim() === '')
    throw new Error(`${name} is empty: there is nothing to show or check (the open document was kept)`);
  return doc;
}
