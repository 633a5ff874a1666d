/**
 * A .docx as an Open Packaging Conventions package (ECMA-376 part 2): the zip's entries by part name, the main
 * document part found the way Word finds it (the `officeDocument` relationship of `_rels/.rels`, not an assumed
 * `word/document.xml`), and its related parts (styles, numbering, hyperlink targets) through its own relationships.
 *
 * Part names are matched as OPC says, ASCII case-insensitively; two entries with one name make the package corrupt.
 * Parts are inflated under the caps of limits.ts (zip.ts), and decoded as UTF-8 or UTF-16 (xml.ts).
 */
import { DocumentError } from './model';
import { MAX_INFLATED_BYTES, MAX_PART_BYTES, megabytes, sizeOver } from './limits';
import { decodeXmlPart, NS, readXml, XmlError, type XmlEncoding } from './xml';
import { inflateEntry, readZipDirectory, ZipError, type ZipEntry } from './zip';

/** Relationship types by their last segment: Transitional and Strict differ only in the base before it. */
const RELATIONSHIP_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];

export interface Relationship {
  id: string;
  /** `officeDocument`, `styles`, `numbering`, `hyperlink`... (the type's last segment, for the known bases). */
  type: string;
  /** A part name (resolved against the source part), or the target as written when external. */
  target: string;
  external: boolean;
}

/** An XML part as read: its text, how it was encoded, and its zip entry (so a copy can replace it). */
export interface XmlPart {
  name: string;
  text: string;
  encoding: XmlEncoding;
  entry: ZipEntry;
}

export class DocxPackage {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  /** Throws DocumentError on what is not a zip, or a broken one. */
  constructor(
    readonly bytes: Uint8Array,
    readonly file: string,
  ) {
    const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (!isZip) throw new DocumentError(file, 'not a Word .docx file (not a zip archive)');
    this.entries = this.guard(() => readZipDirectory(bytes));
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) throw this.corrupt(`two entries named ${entry.name}`);
      this.byName.set(key, entry);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The part's bytes, inflated under MAX_PART_BYTES and, with every part read before, MAX_INFLATED_BYTES. */
  bytesOf(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return undefined;
    this.refuseLarge([name]);
    this.inflated += entry.size;
    return this.guard(() => inflateEntry(this.bytes, entry, MAX_PART_BYTES));
  }

  /** The part as XML text, or undefined when there is no such part. */
  xmlPart(name: string): XmlPart | undefined {
    const bytes = this.bytesOf(name);
    if (bytes === undefined) return undefined;
    const entry = this.byName.get(name.toLowerCase())!;
    try {
      return { name: entry.name, ...decodeXmlPart(bytes), entry };
    } catch (error) {
      throw this.partError(entry.name, error);
    }
  }

  /** The relationships of `source` (a part name; '' for the package itself), from its `_rels/NAME.rels`. */
  relationships(source: string): Relationship[] {
    const slash = source.lastIndexOf('/');
    const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const part = this.xmlPart(relsName);
    if (!part) return [];
    const found: Relationship[] = [];
    this.parse(part, {
      open: (el) => {
        if (el.ns !== NS.relationships || el.local !== 'Relationship') return;
        const [id, type, target] = [el.attr('', 'Id'), el.attr('', 'Type'), el.attr('', 'Target')];
        if (id === undefined || type === undefined || target === undefined) return;
        const external = el.attr('', 'TargetMode') === 'External';
        const base = RELATIONSHIP_BASES.find((b) => type.startsWith(b));
        found.push({
          id,
          type: base ? type.slice(base.length) : type,
          target: external ? target : resolvePartName(source, target),
          external,
        });
      },
    });
    return found;
  }

  /** The main document part's name: the target of `_rels/.rels`'s officeDocument relationship. */
  mainPartName(): string {
    const hasRels = this.has('_rels/.rels');
    const main = this.relationships('').find((r) => r.type === 'officeDocument' && !r.external);
    // A package without `_rels/.rels` is not valid OPC; Word's own name for the part is the one guess made.
    const name = main?.target ?? (hasRels ? undefined : 'word/document.xml');
    if (name === undefined) throw this.corrupt('_rels/.rels names no main document part (officeDocument relationship)');
    if (!this.has(name))
      throw this.corrupt(
        hasRels ? `the main document part ${name} named in _rels/.rels is missing` : `${name} is missing`,
      );
    return name;
  }

  /**
   * Refuses, by their declared sizes and before anything is inflated, a part over MAX_PART_BYTES and parts that
   * together (with those read before) go over MAX_INFLATED_BYTES.
   */
  refuseLarge(names: readonly (string | undefined)[]): void {
    const entries = names
      .map((n) => n !== undefined && this.byName.get(n.toLowerCase()))
      .filter((e): e is ZipEntry => Boolean(e));
    const tooLarge = entries.find((e) => e.size > MAX_PART_BYTES);
    if (tooLarge) {
      throw new DocumentError(
        this.file,
        `${tooLarge.name} is too large: ${sizeOver(tooLarge.size, MAX_PART_BYTES)} inflated (the limit is ${megabytes(MAX_PART_BYTES)} per part)`,
      );
    }
    const declared = this.inflated + entries.reduce((n, e) => n + e.size, 0);
    if (declared > MAX_INFLATED_BYTES) {
      throw new DocumentError(
        this.file,
        `too large: its text parts inflate to ${sizeOver(declared, MAX_INFLATED_BYTES)} (the limit is ${megabytes(MAX_INFLATED_BYTES)})`,
      );
    }
  }

  /** Streams a part through readXml; its errors become DocumentErrors naming the part and line. */
  parse(
    part: XmlPart,
    handlers: Parameters<typeof readXml>[1],
    text = part.text,
    namespaces?: Record<string, string>,
  ): void {
    try {
      readXml(text, handlers, { name: part.name, ...(namespaces ? { namespaces } : {}) });
    } catch (error) {
      throw this.partError(part.name, error);
    }
  }

  private partError(name: string, error: unknown): unknown {
    if (!(error instanceof XmlError)) return error;
    const at = `line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`}`;
    if (error.kind === 'nesting') return new DocumentError(this.file, `${error.message} (${name}, ${at}); not read`);
    if (error.kind === 'encoding' || error.kind === 'cut')
      return new DocumentError(this.file, `corrupt .docx: ${name} is ${error.message}`);
    return new DocumentError(this.file, `corrupt .docx: ${name}, ${at}: ${error.message}`);
  }

  private corrupt(why: string): DocumentError {
    return new DocumentError(this.file, `corrupt .docx: ${why}`);
  }

  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof ZipError)
        throw new DocumentError(this.file, `corrupt .docx (cannot unzip: ${error.message})`);
      throw error;
    }
  }
}

/** A relationship's target, relative to its source part's folder (or absolute), as a part name without the `/`. */
export function resolvePartName(source: string, target: string): string {
  const base = `http://package/${source}`;
  let path: string;
  try {
    path = new URL(target, base).pathname;
  } catch {
    return target;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: the name as written.
  }
  return path.replace(/^\/+/, '');
}
