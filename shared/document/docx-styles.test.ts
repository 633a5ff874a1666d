import { describe, expect, it } from 'vitest';
import { ParagraphStyles, styleElements } from './docx-styles';
import { expectLinearGrowth } from '../text/growth.testing';

describe('styleElements', () => {
  it('cuts out each w:style with its attributes, content and offset, and nothing else', () => {
    const xml = '<w:styles><w:style w:styleId="a"><w:name w:val="A"/></w:style><w:styleId/><w:style w:styleId="b"/><w:style\tw:styleId="c">C</w:style></w:styles>';
    const found = [...styleElements(xml)];
    expect(found.map((s) => [s.attrs.trim(), s.body])).toEqual([['w:styleId="a"', '<w:name w:val="A"/>'], ['w:styleId="b"', ''], ['w:styleId="c"', 'C']]);
    expect(xml.slice(found[2].offset, found[2].offset + 1)).toBe('C');
  });

  it('stops at the first style that is never closed, in one pass', () => {
    expect([...styleElements('<w:style w:styleId="a">A</w:style><w:style w:styleId="b"><w:style w:styleId="c">')].map((s) => s.body)).toEqual(['A']);
    expectLinearGrowth((n) => '<w:style w:type="paragraph" w:styleId="a">'.repeat(n), (xml) => [...styleElements(xml)], 50_000);
  });
});

describe('ParagraphStyles', () => {
  it('follows basedOn for headings and list numbering, and stops on a loop', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 3"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="My heading"/><w:basedOn w:val="H"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="X"><w:name w:val="Loop"/><w:basedOn w:val="Y"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Y"><w:name w:val="Loop too"/><w:basedOn w:val="X"/></w:style>';
    const props = new ParagraphStyles(styles, undefined);
    expect(props.props({ styleId: 'Sub' })).toEqual({ style: 'My heading', headingLevel: 3 });
    expect(props.props({ styleId: 'X' })).toEqual({ style: 'Loop' });
    expect(props.props({ styleId: 'missing', outlineLevel: 1 })).toEqual({ headingLevel: 2 });
  });
});
