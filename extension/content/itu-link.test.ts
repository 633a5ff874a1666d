// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseItuLink } from './itu-link';
import { annotateLink, mayBeItuDocumentUrl } from './links';

describe('ITU links', () => {
  it('reads TD pages, files and login links as the same reference with its meeting', () => {
    const page = parseItuLink('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en');
    expect(page?.ref).toMatchObject({ kind: 'td', id: 'TD106', number: 106, subGroup: 'GEN', group: 'TSAG' });
    expect(page?.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25, subGroup: 'GEN' });
    const file = parseItuLink(
      'https://www.itu.int/dms_pub/itu-t/md/25/sg21/td/260706/PLEN/T25-SG21-260706-TD-PLEN-0348%21R1%21MSW-E.docx',
    );
    expect(file?.ref).toMatchObject({ id: 'TD348R1', revision: 1 });
    expect(file?.pageUrl).toBe('https://www.itu.int/md/T25-SG21-260706-TD-PLEN-0348/en');
    expect(parseItuLink('https://www.itu.int/md/T25-SG17-C-0548/en')).toMatchObject({
      ref: { kind: 'contribution', id: 'C548' },
      meeting: null,
    });
    expect(parseItuLink('https://example.org/md/T25-SG17-C-0548/en')).toBeNull();
  });

  it('annotates the <a> itself', () => {
    const a = document.createElement('a');
    a.href = 'https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T25-SG13-260227-TD-WP1-0367';
    a.textContent = 'TD367';
    expect(annotateLink(a, parseItuLink)?.ref.id).toBe('TD367');
    expect(a.getAttribute('data-td-lens-ref')).toBe('TD367');
    expect(a.children).toHaveLength(0);
    expect(mayBeItuDocumentUrl('https://www.itu.int/en/ITU-T/Pages/default.aspx')).toBe(false);
  });

  it("takes web links only: a javascript: URL with ITU's host is not a document link", () => {
    const url = 'javascript://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en%0Aalert(1)';
    expect(mayBeItuDocumentUrl(url)).toBe(false);
    expect(parseItuLink(url)).toBeNull();
    const a = document.createElement('a');
    a.href = url;
    expect(annotateLink(a, parseItuLink)).toBeNull();
    expect(a.hasAttribute('data-td-lens-ref')).toBe(false);
    expect(mayBeItuDocumentUrl('http://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en')).toBe(true);
  });
});
