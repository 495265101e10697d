import { describe, expect, it } from 'vitest';
import { stripControlChars, stripXmlInvalid } from './xmlChars';

describe('stripXmlInvalid', () => {
  it('drops what XML forbids and keeps tab, line ends, emoji and Japanese', () => {
    expect(stripXmlInvalid('見\u0000守\u0001り\u001F\uFFFE\uFFFF\uD800活\uDC00動')).toBe('見守り活動');
    expect(stripXmlInvalid('a\tb\nc\rd 💡 〜')).toBe('a\tb\nc\rd 💡 〜');
  });
});

describe('stripControlChars', () => {
  it('also drops the controls a line of plan text has no use for, keeping tab and LF', () => {
    expect(stripControlChars('基本目標1\r\u000B\u000C\u001B\u007F つながる\u0000\uD800')).toBe('基本目標1 つながる');
    expect(stripControlChars('施策\t取組\n見守り')).toBe('施策\t取組\n見守り');
  });
});

describe('the compiler input', () => {
  it('keeps no XML-invalid character in any title, so exported pictures stay well-formed', async () => {
    const { compilePlan } = await import('../plan/compile');
    const text = [
      '基本理念',
      '',
      'みんなの\uFFFE福祉\u0001',
      '',
      '基本目標1 つな\uD800がる\u001B',
      '',
      '- ・見守り\uFFFF',
      '- ・声\uDC00かけ\u0008',
      '',
      '基本目標2 ささえる',
      '',
      '- ・相談',
    ].join('\n');
    const { plan } = compilePlan(text, { id: 't' }, 'test.txt');
    const titles: string[] = [];
    const walk = (n: { title: string; children: { title: string; children: never[] }[] }) => (
      titles.push(n.title),
      n.children.forEach(walk)
    );
    walk(plan!.root as never);
    expect(titles).toEqual(expect.arrayContaining(['みんなの福祉', 'つながる', '見守り', '声かけ']));
    expect(titles.filter((t) => stripXmlInvalid(t) !== t)).toEqual([]);
  });
});
