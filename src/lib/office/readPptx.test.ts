import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPptx } from './readPptx';
import { openZip, type Zip } from './zip';

const enc = (s: string) => new TextEncoder().encode(s);
const NS = 'xmlns:p="p" xmlns:a="a" xmlns:r="r"';
const SLIDES = 5;
const title = (t: string) =>
  `<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:txBody></p:sp>`;
const placed = `<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9000" cy="1000"/></a:xfrm></p:spPr></p:sp>`;
const rel = (id: string, target: string) => `<Relationship Id="${id}" Target="${target}"/>`;

/** A presentation of SLIDES slides, every one on the same layout and master. */
function presentation(): Zip {
  const parts: Record<string, string> = {
    'ppt/presentation.xml': `<p:presentation ${NS}><p:sldIdLst>${Array.from({ length: SLIDES }, (_, i) => `<p:sldId r:id="s${i + 1}"/>`).join('')}</p:sldIdLst></p:presentation>`,
    'ppt/_rels/presentation.xml.rels': `<Relationships>${Array.from({ length: SLIDES }, (_, i) => rel(`s${i + 1}`, `slides/slide${i + 1}.xml`)).join('')}</Relationships>`,
    'ppt/slideLayouts/slideLayout1.xml': `<p:sldLayout ${NS}><p:cSld><p:spTree>${placed}</p:spTree></p:cSld></p:sldLayout>`,
    'ppt/slideLayouts/_rels/slideLayout1.xml.rels': `<Relationships>${rel('m', '../slideMasters/slideMaster1.xml')}</Relationships>`,
    'ppt/slideMasters/slideMaster1.xml': `<p:sldMaster ${NS}><p:cSld><p:spTree>${placed}</p:spTree></p:cSld></p:sldMaster>`,
  };
  for (let i = 1; i <= SLIDES; i++) {
    parts[`ppt/slides/slide${i}.xml`] =
      `<p:sld ${NS}><p:cSld><p:spTree>${title(`基本目標${i}`)}</p:spTree></p:cSld></p:sld>`;
    parts[`ppt/slides/_rels/slide${i}.xml.rels`] =
      `<Relationships>${rel('l', '../slideLayouts/slideLayout1.xml')}</Relationships>`;
  }
  return openZip(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, enc(v)]))));
}

describe('readPptx', () => {
  it('reads a layout and its master once, however many slides use them, and places every slide’s title by it', () => {
    const zip = presentation();
    const asked = new Map<string, number>();
    const counting: Zip = { ...zip, text: (name) => (asked.set(name, (asked.get(name) ?? 0) + 1), zip.text(name)) };
    const r = readPptx(counting, 'ppt/presentation.xml');
    expect(r.text.split('\n').filter(Boolean)).toEqual(Array.from({ length: SLIDES }, (_, i) => `\f基本目標${i + 1}`));
    expect(asked.get('ppt/slideLayouts/slideLayout1.xml')).toBe(1);
    expect(asked.get('ppt/slideMasters/slideMaster1.xml')).toBe(1);
  });
});
