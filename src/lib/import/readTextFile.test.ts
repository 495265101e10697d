import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, pasteProblem, readTextFile, textProblem } from './readTextFile';

const file = (name: string, body: string | Uint8Array<ArrayBuffer>) => new File([body], name, { type: 'text/plain' });

describe('readTextFile', () => {
  it('reads a text file, saying which encoding when it is not UTF-8', async () => {
    expect(await readTextFile(file('plan.txt', '基本理念\nみんなのまち'))).toEqual({
      text: '基本理念\nみんなのまち',
      note: '',
    });
  });

  it('names the file and says the text stays, for an empty file, a file of blank lines and a binary file', async () => {
    for (const [name, body] of [
      ['空.txt', ''],
      ['改行.txt', '\n \n\u3000\n'],
    ] as const) {
      const r = await readTextFile(file(name, body));
      expect(r).toEqual({ problem: expect.stringContaining(`「${name}」は空のファイルです`) });
      expect((r as { problem: string }).problem).toContain('今のテキストはそのままです');
    }
    const binary = await readTextFile(
      file('画像.png', new Uint8Array([0x89, 0x50, 0, 0, 0xff, 0, 0xfe, 0, 1, 0, 0, 2])),
    );
    expect(binary).toEqual({
      problem: expect.stringMatching(/「画像\.png」は文字のファイルとして読めませんでした。今のテキストはそのままです/),
    });
  });
});

describe('size limits for pastes and files', () => {
  it('takes a paste up to the limit and refuses one beyond it, in 万文字', () => {
    expect(pasteProblem(100, 0, MAX_TEXT_CHARS - 100)).toBe('');
    expect(pasteProblem(100, 0, MAX_TEXT_CHARS)).toMatch(
      /^貼り付けた文字が多すぎます\(300 万文字までです。貼り付けると 301 万文字\)。今のテキストはそのままです。/,
    );
    expect(pasteProblem(MAX_TEXT_CHARS, MAX_TEXT_CHARS, 10)).toBe('');
  });

  it('refuses a file text beyond the limit', () => {
    expect(textProblem('あ'.repeat(MAX_TEXT_CHARS + 1), 'big.txt')).toMatch(
      /^「big\.txt」は文字が多すぎます\(300 万文字まで/,
    );
  });
});
