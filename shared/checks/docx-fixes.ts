/**
 * Applies text fixes to a .docx: each fix is mapped to the `w:t` text of the paragraph it falls in and edited
 * there, leaving every other byte of word/document.xml as it was. A fix is skipped (with the reason) when its
 * paragraph cannot be found with the same text, when it spans several runs, or when it would add a line break.
 * Every other part of the package is copied as it was stored, never inflated (zip.ts).
 */
import type { AgendaDocument, Paragraph } from '../document/model';
import { spanInParagraph } from '../document/paragraphs';
import { MAX_PART_BYTES } from '../document/limits';
import { inflateEntry, readZipDirectory, rewriteZip, type ZipEntry } from '../document/zip';
import type { Fix } from './rule';

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: string }[];
}

interface TextSegment {
  /** Offsets of the decoded text within the paragraph's text. */
  textStart: number;
  textEnd: number;
  /** Offsets of the raw content between `<w:t ...>` and `</w:t>` in the XML. */
  xmlStart: number;
  xmlEnd: number;
  /** Offsets of the `<w:t ...>` opening tag. */
  tagStart: number;
  tagEnd: number;
  text: string;
}

interface XmlParagraph {
  text: string;
  segments: TextSegment[];
}

const DOCUMENT_XML = 'word/document.xml';

export function applyDocxFixes(bytes: Uint8Array, doc: AgendaDocument, fixes: readonly Fix[]): DocxFixResult {
  const skipped: DocxFixResult['skipped'] = [];
  const skipAll = (reason: string): DocxFixResult => ({ bytes, applied: [], skipped: fixes.map((fix) => ({ fix, reason })) });
  let entries: ZipEntry[];
  let xml: string;
  try {
    entries = readZipDirectory(bytes);
    const entry = entries.find((e) => e.name === DOCUMENT_XML);
    if (!entry) return skipAll(`no ${DOCUMENT_XML}`);
    xml = new TextDecoder().decode(inflateEntry(bytes, entry, MAX_PART_BYTES));
  } catch {
    return skipAll('the file is not a readable .docx');
  }
  const findXmlParagraph = paragraphMatcher(doc, paragraphsOf(xml));
  const edits: { start: number; end: number; text: string }[] = [];
  const editedRuns = new Set<number>();
  const applied: Fix[] = [];

  for (const fix of [...fixes].sort((a, b) => a.start - b.start)) {
    if (fix.replacement.includes('\n') || fix.replacement.includes('\r')) {
      skipped.push({ fix, reason: 'a line break cannot be written into a Word run' });
      continue;
    }
    const paragraph = spanInParagraph(doc, fix)?.paragraph;
    if (!paragraph) {
      skipped.push({ fix, reason: 'not inside one paragraph' });
      continue;
    }
    const target = findXmlParagraph(paragraph);
    if (!target) {
      skipped.push({ fix, reason: 'its paragraph was not found with the same text in the .docx' });
      continue;
    }
    const from = fix.start - paragraph.start;
    const to = fix.end - paragraph.start;
    // An insertion at a run boundary joins the run before it (it continues that text and its formatting).
    const segment =
      target.segments.find((s) => s.textStart <= from && to <= s.textEnd && (from < s.textEnd || from === to)) ?? null;
    if (!segment) {
      skipped.push({ fix, reason: 'it spans several runs' });
      continue;
    }
    if (editedRuns.has(segment.tagStart)) {
      skipped.push({ fix, reason: 'another fix edits the same run' });
      continue;
    }
    editedRuns.add(segment.tagStart);
    const newText = segment.text.slice(0, from - segment.textStart) + fix.replacement + segment.text.slice(to - segment.textStart);
    const openTag = xml.slice(segment.tagStart, segment.tagEnd);
    const needsPreserve = /^\s|\s$/.test(newText) && !/xml:space=/.test(openTag);
    const tag = needsPreserve ? openTag.replace(/^<w:t\b/, '<w:t xml:space="preserve"') : openTag;
    edits.push({ start: segment.tagStart, end: segment.xmlEnd, text: tag + escapeXml(newText) });
    applied.push(fix);
  }
  if (applied.length === 0) return { bytes, applied, skipped };
  // One pass over the XML, edits in order (they never overlap: one per run).
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(xml.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(xml.slice(at));
  try {
    return { bytes: rewriteZip(bytes, entries, new Map([[DOCUMENT_XML, new TextEncoder().encode(pieces.join(''))]])), applied, skipped };
  } catch (error) {
    return skipAll(`the .docx cannot be rewritten: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The n-th document paragraph with a given text is the n-th XML paragraph with the same text. Both sides are
 * counted once, up front, so matching many fixes stays linear.
 */
function paragraphMatcher(doc: AgendaDocument, xmlParagraphs: XmlParagraph[]): (paragraph: Paragraph) => XmlParagraph | null {
  const byText = new Map<string, XmlParagraph[]>();
  for (const p of xmlParagraphs) {
    const same = byText.get(p.text);
    if (same) same.push(p);
    else byText.set(p.text, [p]);
  }
  const nth = new Map<Paragraph, number>();
  const seen = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const n = seen.get(p.text) ?? 0;
    nth.set(p, n);
    seen.set(p.text, n + 1);
  }
  return (paragraph) => byText.get(paragraph.text)?.[nth.get(paragraph) ?? -1] ?? null;
}

// `[^<>]*`, not `[^>]*?`: a tag never spans a `<`, so a `<w:t` without its `>` (in a comment) costs one short scan.
const TAG = /<(\/?)(w:p|w:t)(?=[\s>/])[^<>]*?(\/?)>/g;

/** Paragraphs (`w:p`) of document.xml in order, each with its `w:t` text segments. */
export function paragraphsOf(xml: string): XmlParagraph[] {
  const paragraphs: XmlParagraph[] = [];
  const stack: XmlParagraph[] = [];
  let openT: { tagStart: number; tagEnd: number } | null = null;
  for (const m of xml.matchAll(TAG)) {
    const [whole, closing, name, selfClosing] = m;
    const at = m.index ?? 0;
    if (name === 'w:p') {
      if (selfClosing) paragraphs.push({ text: '', segments: [] });
      else if (!closing) stack.push({ text: '', segments: [] });
      else {
        const p = stack.pop();
        if (p) paragraphs.push(p);
      }
      continue;
    }
    if (!closing && !selfClosing) {
      openT = { tagStart: at, tagEnd: at + whole.length };
      continue;
    }
    if (closing && openT) {
      const p = stack[stack.length - 1];
      if (p) {
        const raw = xml.slice(openT.tagEnd, at);
        const text = decodeXml(raw);
        p.segments.push({ textStart: p.text.length, textEnd: p.text.length + text.length, xmlStart: openT.tagEnd, xmlEnd: at, tagStart: openT.tagStart, tagEnd: openT.tagEnd, text });
        p.text += text;
      }
      openT = null;
    }
  }
  // A paragraph inside a text box closes before the one holding it; only equal texts' order matters here.
  return paragraphs;
}

function decodeXml(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
