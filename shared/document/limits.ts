/**
 * What the readers accept before they call an input hostile (one place, so docs/command-line.md and the errors agree).
 *
 * Why limits at all: a .docx is a zip, and 3 MB of zip can declare (or, lying, inflate to) gigabytes; XML and HTML
 * can nest a million elements in a few kB. Without a cap either one ends in a crash or minutes of work, and the
 * user learns nothing. Real agendas are a few hundred kB, nest tables a few levels deep, and stay far below these.
 */

const MiB = 1024 * 1024;

/** Largest input file (agenda or register) read at all: agendas are a few hundred kB. */
export const MAX_FILE_BYTES = 64 * MiB;

/** Largest inflated size of one .docx part the reader opens (word/document.xml, styles, numbering, relationships). */
export const MAX_PART_BYTES = 64 * MiB;

/** Largest inflated size of all the parts the reader opens, together. */
export const MAX_INFLATED_BYTES = 128 * MiB;

/** Deepest element nesting in a .docx part or an HTML agenda (Word's own documents stay well under 100). */
export const MAX_NESTING_DEPTH = 256;

/** `67108864` → `64 MB`, for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / MiB;
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
