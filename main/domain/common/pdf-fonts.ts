import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import type { Glyph } from '@pdf-lib/fontkit';
import fontkit from '@pdf-lib/fontkit';

/** The DejaVu styles the printed documents use (the charter's signed copy, invoices). */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

const FONT_FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};
// Resolved at run time, not bundled: node_modules stays beside the built main process.
const resolveModule = createRequire(import.meta.url).resolve;
const fontBytes = new Map<string, Promise<Buffer>>();

// @cantoo/pdf-lib calls `subset.encode()` whenever a subset has such a method. @pdf-lib/fontkit's has one, but it
// wants an output stream and throws without: showing pdf-lib only `encodeStream()` makes it take the stream route.
const subsettingFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data, postscriptName);
    const subsetOf = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = subsetOf();
      return { includeGlyph: (glyph: number | Glyph) => subset.includeGlyph(glyph), encodeStream: () => subset.encodeStream() };
    };
    return font;
  },
};

/** The five DejaVu styles embedded in `doc` as subsets: only the glyphs drawn end up in the file. */
export async function embedDejaVu(doc: PDFDocument): Promise<Record<FontStyle, PDFFont>> {
  doc.registerFontkit(subsettingFontkit);
  const styles = Object.keys(FONT_FILES) as FontStyle[];
  const bytes = await Promise.all(
    styles.map((style) => {
      const file = FONT_FILES[style];
      if (!fontBytes.has(file)) fontBytes.set(file, readFile(resolveModule(`dejavu-fonts-ttf/ttf/${file}`)));
      return fontBytes.get(file) as Promise<Buffer>;
    }),
  );
  // Embedded one after the other, in the same order: the same document always gets the same bytes.
  const fonts: Partial<Record<FontStyle, PDFFont>> = {};
  for (const [index, style] of styles.entries()) fonts[style] = await doc.embedFont(bytes[index] as Buffer, { subset: true });
  return fonts as Record<FontStyle, PDFFont>;
}
