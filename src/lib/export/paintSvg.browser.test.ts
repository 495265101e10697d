import { describe, expect, it } from 'vitest';
import { svgToPng } from './exportImage';

// Shapes and text the diagrams may use, drawn by paintSvg (canvas calls only) and by the browser
// loading the same SVG as an image (allowed here: no CSP in the test page): the two must match.
const W = 420;
const H = 300;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans CJK JP, sans-serif">
<defs>
  <pattern id="dots" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#cfe3f5"/><circle cx="4" cy="4" r="1.4" fill="#1a1a1a" fill-opacity="0.55"/></pattern>
  <pattern id="lines" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="#f5d3a0"/><line x1="0" y1="0" x2="0" y2="7" stroke="#1a1a1a" stroke-width="1.6"/></pattern>
  <path id="arc" d="M 60 250 A 150 150 0 0 1 360 250"/>
</defs>
<rect width="${W}" height="${H}" fill="#ffffff"/>
<g transform="translate(20 20) rotate(8)" opacity="0.8">
  <rect x="0" y="0" width="120" height="70" rx="10" fill="url(#dots)" stroke="#1a1a1a" stroke-width="2.5"/>
  <circle cx="190" cy="35" r="30" fill="url(#lines)" stroke="#8c8c8c" stroke-dasharray="5 3" stroke-width="2"/>
  <polygon points="250,5 300,60 240,60" fill="#74c69d" fill-opacity="0.5" stroke="#1a1a1a"/>
  <line x1="310" y1="0" x2="370" y2="70" stroke="#b00020" stroke-width="4" stroke-linecap="round"/>
</g>
<svg x="20" y="110" width="200" height="60" viewBox="0 0 100 30" overflow="visible"><ellipse cx="50" cy="15" rx="40" ry="10" fill="#e0b0d0"/></svg>
<text x="240" y="130" font-size="18" text-anchor="middle" dominant-baseline="central">  見守り   活動 <tspan fill="#b00020" font-weight="700" dy="4">💡重点</tspan>
</text>
<text x="20" y="200" font-size="16" stroke="#ffffff" stroke-width="4" paint-order="stroke" fill="#1a1a1a">ふれあい サロン Ab</text>
<text font-size="16"><textPath href="#arc" startOffset="50%" text-anchor="middle">みんなでたすけあい笑顔でつながる</textPath></text>
</svg>`;

async function pixels(draw: (ctx: CanvasRenderingContext2D) => void, w: number, h: number): Promise<Uint8ClampedArray> {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  const ctx = c.getContext('2d')!;
  draw(ctx);
  return ctx.getImageData(0, 0, w, h).data;
}

describe('svgToPng (paintSvg)', () => {
  it('draws shapes, patterns, groups, nested svg, text with tspans, halos, emoji and text on a path as the browser does', async () => {
    await document.fonts.ready;
    const png = await createImageBitmap(await svgToPng(SVG, W, H, 2));
    expect([png.width, png.height]).toEqual([W * 2, H * 2]);
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([SVG], { type: 'image/svg+xml' }));
    await img.decode();
    const a = await pixels((ctx) => ctx.drawImage(png, 0, 0), W * 2, H * 2);
    const b = await pixels((ctx) => ctx.drawImage(img, 0, 0, W * 2, H * 2), W * 2, H * 2);
    let differ = 0;
    let ink = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 96) differ++;
      if (b[i] + b[i + 1] + b[i + 2] < 600) ink++;
    }
    expect(ink / (a.length / 4)).toBeGreaterThan(0.03);
    expect(differ / (a.length / 4)).toBeLessThan(0.01);
    // The hidden layout box is gone again.
    expect(document.body.querySelectorAll('[aria-hidden="true"] > svg').length).toBe(0);
  });

  it('refuses an SVG that is not well-formed with a message in Japanese', async () => {
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"><text>\u0001</text></svg>', 10, 10)).rejects.toThrow(
      /SVG を画像にできませんでした/,
    );
  });
});
