import type { PDFDocument, PDFImage } from '@cantoo/pdf-lib';
import UPNG from '@cantoo/pdf-lib/upng';

const DATA_URL = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]+)$/;

/**
 * The association's logo, ready to draw, or null when there is none or it cannot go into a PDF/A page as is. PDF/A
 * pages carry no transparency, so a PNG's alpha is flattened onto white paper; a CMYK JPEG would need a CMYK output
 * intent and is left out rather than breaking the invoice.
 */
export async function embedLogo(pdf: PDFDocument, dataUrl: string): Promise<PDFImage | null> {
  const match = DATA_URL.exec(dataUrl.trim());
  if (!match?.[1] || !match[2]) return null;
  const bytes = Uint8Array.from(Buffer.from(match[2], 'base64'));
  try {
    if (match[1] === 'png') return await pdf.embedPng(opaquePng(bytes));
    return jpegComponents(bytes) === 4 ? null : await pdf.embedJpg(bytes);
  } catch {
    // A logo the decoder cannot read is a settings problem: the invoice itself is still printed, without it.
    return null;
  }
}

/** The PNG drawn over white and encoded again as plain 8-bit RGB, without an alpha channel. */
function opaquePng(bytes: Uint8Array): ArrayBuffer {
  const image = UPNG.decode(bytes.slice().buffer);
  const [frame] = UPNG.toRGBA8(image);
  if (!frame) throw new Error('PNG sans image');
  const rgba = new Uint8Array(frame);
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let pixel = 0; pixel < image.width * image.height; pixel += 1) {
    const alpha = (rgba[pixel * 4 + 3] ?? 255) / 255;
    for (let channel = 0; channel < 3; channel += 1) {
      rgb[pixel * 3 + channel] = Math.round((rgba[pixel * 4 + channel] ?? 0) * alpha + 255 * (1 - alpha));
    }
  }
  return UPNG.encodeLL([rgb.buffer], image.width, image.height, 3, 0, 8);
}

/** The number of colour components of a JPEG's frame (1 grey, 3 RGB/YCbCr, 4 CMYK), read from its SOF marker. */
function jpegComponents(bytes: Uint8Array): number {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return 0;
    const marker = bytes[offset + 1] ?? 0;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    const startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (startOfFrame) return bytes[offset + 9] ?? 0;
    offset += 2 + length;
  }
  return 0;
}
