/**
 * Applies text fixes to a .docx: each fix is mapped to the `w:t` text of the paragraph it falls in and edited
 * there, leaving every other byte of word/document.xml as it was. A fix is skipped (with the reason) when its
 * paragraph cannot be found with the same text, when it spans several runs, or when it would add a line break.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { AgendaDocument, Paragraph } from '../document/model';
import type { Fix } from './types';

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
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { bytes, applied: [], skipped: fixes.map((fix) => ({ fix, reason: 'the file is not a readable .docx' })) };
  }
  const xmlBytes = files[DOCUMENT_XML];
  if (!xmlBytes) return { bytes, applied: [], skipped: fixes.map((fix) => ({ fix, reason: `no ${DOCUMENT_XML}` })) };
  const xml = strFromU8(xmlBytes);
  const xmlParagraphs = paragraphsOf(xml);
  const edits: { start: number; end: number; text: string; fix: Fix }[] = [];
  const applied: Fix[] = [];

  for (const fix of [...fixes].sort((a, b) => a.start - b.start)) {
    if (fix.replacement.includes('\n') || fix.replacement.includes('\r')) {
      skipped.push({ fix, reason: 'a line break cannot be written into a Word run' });
      continue;
    }
    const paragraph = doc.paragraphs.find((p) => p.start <= fix.start && fix.end <= p.end);
    if (!paragraph) {
      skipped.push({ fix, reason: 'not inside one paragraph' });
      continue;
    }
    const target = matchParagraph(doc, paragraph, xmlParagraphs);
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
    if (edits.some((e) => e.start < segment.tagEnd && segment.tagStart < e.end)) {
      skipped.push({ fix, reason: 'another fix edits the same run' });
      continue;
    }
    const newText = segment.text.slice(0, from - segment.textStart) + fix.replacement + segment.text.slice(to - segment.textStart);
    const openTag = xml.slice(segment.tagStart, segment.tagEnd);
    const needsPreserve = /^\s|\s$/.test(newText) && !/xml:space=/.test(openTag);
    const tag = needsPreserve ? openTag.replace(/^<w:t\b/, '<w:t xml:space="preserve"') : openTag;
    edits.push({ start: segment.tagStart, end: segment.xmlEnd, text: tag + escapeXml(newText), fix });
    applied.push(fix);
  }
  if (applied.length === 0) return { bytes, applied, skipped };
  let out = xml;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  const zipped: Zippable = {};
  for (const [name, data] of Object.entries(files)) zipped[name] = name === DOCUMENT_XML ? strToU8(out) : data;
  return { bytes: zipSync(zipped, { level: 6 }), applied, skipped };
}

/** The n-th document paragraph with this text is the n-th XML paragraph with the same text. */
function matchParagraph(doc: AgendaDocument, paragraph: Paragraph, xmlParagraphs: XmlParagraph[]): XmlParagraph | null {
  let nth = 0;
  for (const p of doc.paragraphs) {
    if (p === paragraph) break;
    if (p.text === paragraph.text) nth++;
  }
  const same = xmlParagraphs.filter((p) => p.text === paragraph.text);
  return same[nth] ?? null;
}

const TAG = /<(\/?)(w:p|w:t)(?=[\s>/])[^>]*?(\/?)>/g;

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
