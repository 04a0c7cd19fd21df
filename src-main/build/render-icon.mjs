/* global document, Image, btoa -- the icon is drawn by code that runs inside the browser page (page.evaluate) */
// `node src-main/build/render-icon.mjs`: draws assets/icon.svg into assets/icon.png (512x512, the Linux and macOS
// icon) and assets/icon.ico (16 to 256 px, the Windows icon and installer's), through Debian's Chromium. Run it
// after changing the drawing; the outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const assets = resolve(import.meta.dirname, '..', '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

/** Each size drawn by the browser from the SVG: PNG bytes and raw RGBA pixels. */
async function draw(sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(
      async ({ markup, sizes }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(markup)))}`;
        await image.decode();
        return sizes.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = size;
          const context = canvas.getContext('2d');
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, size, size);
          return { size, png: canvas.toDataURL('image/png').split(',')[1], rgba: Array.from(context.getImageData(0, 0, size, size).data) };
        });
      },
      { markup: svg, sizes },
    );
  } finally {
    await browser.close();
  }
}

/** A 32-bit BMP as an icon holds it: bottom-up BGRA rows, the height doubled for the (unused) AND mask that follows. */
function dib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = ((size - 1 - y) * size + x) * 4;
      const to = (y * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** An .ico: BMP entries below 256 px (what every Windows tool reads), PNG for 256 px (what Windows expects there). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const bodies = images.map(({ size, png, rgba }) => (size === 256 ? Buffer.from(png, 'base64') : dib(size, rgba)));
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size }, i) => {
    const entry = Buffer.alloc(16);
    entry[0] = size === 256 ? 0 : size;
    entry[1] = size === 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(bodies[i].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += bodies[i].length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...bodies]);
}

const drawn = await draw([512, ...icoSizes]);
writeFileSync(join(assets, 'icon.png'), Buffer.from(drawn[0].png, 'base64'));
writeFileSync(join(assets, 'icon.ico'), ico(drawn.slice(1)));
console.log('assets/icon.png (512x512) and assets/icon.ico (16-256 px) written');
