import { describe, expect, it } from 'vitest';
import { ParagraphStyles, styleElements, type PartReader } from './docx-styles';
import { readXml } from './xml';
import { expectLinearGrowth } from '../text/growth.testing';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const part = (text: string): PartReader => ({
  text,
  parse: (handlers, fragment) =>
    readXml(fragment?.text ?? text, handlers, {
      name: 'styles.xml',
      ...(fragment ? { namespaces: fragment.namespaces } : {}),
    }),
});

describe('styleElements', () => {
  it('cuts out each style element of the given prefix, and nothing else', () => {
    const xml =
      '<w:styles><w:style w:styleId="a"><w:name w:val="A"/></w:style><w:styleId/><w:style w:styleId="b"/><w:style\tw:styleId="c" x=">">C</w:style></w:styles>';
    expect([...styleElements(xml, 'w')].map((s) => xml.slice(s.start, s.end))).toEqual([
      '<w:style w:styleId="a"><w:name w:val="A"/></w:style>',
      '<w:style w:styleId="b"/>',
      '<w:style\tw:styleId="c" x=">">C</w:style>',
    ]);
    expect([...styleElements('<styles><style a="1">x</style></styles>', '')].map((s) => s.end - s.start)).toEqual([22]);
  });

  it('stops at the first style that is never closed, in one pass', () => {
    const xml = '<w:style w:styleId="a">A</w:style><w:style w:styleId="b"><w:style w:styleId="c">';
    expect([...styleElements(xml, 'w')]).toHaveLength(1);
    expectLinearGrowth(
      (n) => '<w:style w:type="paragraph" w:styleId="a">'.repeat(n),
      (xml) => [...styleElements(xml, 'w')],
      50_000,
    );
  });
});

describe('ParagraphStyles', () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 3"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="My heading"/><w:basedOn w:val="H"/></w:style>' +
    '<w:style w:type="character" w:styleId="C"><w:name w:val="heading 1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="X"><w:name w:val="Loop"/><w:basedOn w:val="Y"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Y"><w:name w:val="Loop too"/><w:basedOn w:val="X"/></w:style>';

  it('follows basedOn for headings and list numbering, and stops on a loop', () => {
    const props = new ParagraphStyles(part(`<w:styles xmlns:w="${W}">${styles}</w:styles>`), undefined);
    expect(props.props({ styleId: 'Sub' })).toEqual({ style: 'My heading', headingLevel: 3 });
    expect(props.props({ styleId: 'X' })).toEqual({ style: 'Loop' });
    expect(props.props({ styleId: 'C' })).toEqual({});
    expect(props.props({ styleId: 'missing', outlineLevel: 1 })).toEqual({ headingLevel: 2 });
  });

  it('reads the styles whatever the prefix, the default namespace, or namespaces declared below the root', () => {
    const other = styles.replace(/w:/g, 's:');
    const unprefixed = styles.replace(/<(\/?)w:/g, '<$1');
    for (const xml of [
      `<s:styles xmlns:s="${W}">${other}</s:styles>`,
      `<styles xmlns="${W}" xmlns:w="${W}">${unprefixed}</styles>`,
      `<w:styles xmlns:w="${W}"><w:docDefaults xmlns:w="urn:other"/>${styles}</w:styles>`,
      `<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">${styles}</w:styles>`,
    ]) {
      expect(new ParagraphStyles(part(xml), undefined).props({ styleId: 'Sub' })).toEqual({
        style: 'My heading',
        headingLevel: 3,
      });
    }
  });
});

describe('readNumbering and list paragraphs', () => {
  const numbering = `<w:numbering xmlns:w="${W}">
    <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="AgendaList"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Item"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/><w:pStyle w:val="SubItem"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="AgendaList"/></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const styles = `<w:styles xmlns:w="${W}">
    <w:style w:type="paragraph" w:styleId="Item"><w:name w:val="Agenda item"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="SubItem"><w:name w:val="Agenda sub-item"/><w:basedOn w:val="Item"/></w:style>
  </w:styles>`;

  it('reads levels, overrides and list styles, and numbers paragraphs through their styles as Word does', () => {
    const props = new ParagraphStyles(part(styles), part(numbering));
    expect(props.lists.instances.get('1')).toEqual({ abstractId: '0', overrides: new Map() });
    expect(props.lists.abstracts.get('0')?.get(1)).toEqual({
      format: 'decimal',
      text: '%1.%2',
      start: 1,
      legal: true,
      style: 'SubItem',
    });
    const labels = [
      props.props({ styleId: 'Item' }),
      props.props({ styleId: 'SubItem' }),
      props.props({ numId: '1', ilvl: 2 }),
      props.props({ styleId: 'Item' }),
      props.props({ numId: '2', ilvl: 0 }),
      props.props({ styleId: 'Item', numId: '0' }),
    ].map((p) => [p.listLabel, p.numbering?.numId, p.style]);
    expect(labels).toEqual([
      ['1.', '1', 'Agenda item'],
      ['1.1', '1', 'Agenda sub-item'],
      ['a)', '1', undefined],
      ['2.', '1', 'Agenda item'],
      ['7.', '2', undefined],
      [undefined, undefined, 'Agenda item'],
    ]);
  });
});
