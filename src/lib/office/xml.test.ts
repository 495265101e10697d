import { describe, expect, it } from 'vitest';
import { OfficeError } from './officeError';
import { descendants, kid, kids, MAX_NODES, parseXml, textOf } from './xml';

describe('parseXml', () => {
  it('reads elements by local name, attributes, entities, character references and CDATA', () => {
    const root = parseXml(
      `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p w:rsid='1'><w:r><w:t xml:space="preserve">A &amp; B &#x3042;&#12356;</w:t></w:r><w:r><w:t><![CDATA[<c>]]></w:t></w:r></w:p><!-- note --></w:body></w:document>`,
    );
    expect(root.name).toBe('document');
    const p = kid(root, 'body', 'p')!;
    expect(p.attrs.rsid).toBe('1');
    expect(textOf(p)).toBe('A & B あい<c>');
    expect(kids(p, 'r')).toHaveLength(2);
  });

  it('never expands a DOCTYPE’s entities (a part cannot grow itself)', () => {
    const root = parseXml('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><r>&b;</r>');
    expect(textOf(root)).toBe('&b;');
  });

  it('throws OfficeError("damaged") on text that is not XML', () => {
    for (const bad of ['<a><b></a>', '<a>', 'plain text', '<a></a></b>']) {
      expect(() => parseXml(bad), bad).toThrow(OfficeError);
    }
  });

  it('walks 100,000 nested elements without recursion', () => {
    const depth = 100_000;
    const root = parseXml(`${'<g>'.repeat(depth)}<t>x</t>${'</g>'.repeat(depth)}`);
    expect(descendants(root, 't')).toHaveLength(1);
    expect(textOf(root)).toBe('x');
  });

  it('descendants stops at matches and at the named elements', () => {
    const root = parseXml('<body><p>1<p>inner</p></p><box><p>2</p></box><p>3</p></body>');
    expect(descendants(root, 'p').map(textOf)).toEqual(['1inner', '2', '3']);
    expect(descendants(root, 'p', ['box']).map(textOf)).toEqual(['1inner', '3']);
  });

  it('stops with OfficeError("tooLarge") past its node limit, before building them all', () => {
    const many = `<r>${'<b/>'.repeat(1001)}</r>`;
    let problem = '';
    try {
      parseXml(many, 1000);
    } catch (e) {
      problem = e instanceof OfficeError ? e.problem : 'other';
    }
    expect(problem).toBe('tooLarge');
    expect(kids(parseXml(`<r>${'<b/>'.repeat(999)}</r>`, 1000))).toHaveLength(999);
    expect(MAX_NODES).toBeGreaterThanOrEqual(1_000_000);
  });
});
