import type { Drawing } from './schema';

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * One stroke as an SVG path: a smooth curve through the midpoints of successive points (a single
 * point becomes a dot). Shared by the SVG record and the signed copy's PDF.
 */
export function strokePath(points: readonly (readonly [number, number])[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 0) return `M ${round(first[0])} ${round(first[1])} l 0.1 0.1`;
  const commands = [`M ${round(first[0])} ${round(first[1])}`];
  let previous = first;
  for (const point of rest) {
    const middle = [(previous[0] + point[0]) / 2, (previous[1] + point[1]) / 2];
    commands.push(`Q ${round(previous[0])} ${round(previous[1])} ${round(middle[0] ?? 0)} ${round(middle[1] ?? 0)}`);
    previous = point;
  }
  commands.push(`L ${round(previous[0])} ${round(previous[1])}`);
  return commands.join(' ');
}

/** The drawing as standalone SVG markup, built only from numbers. */
export function drawingSvg(drawing: Drawing): string {
  const paths = drawing.strokes.map((stroke) => `<path d="${strokePath(stroke)}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}">` +
    `<g fill="none" stroke="#1a2a6c" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">${paths}</g></svg>`
  );
}

/** A signature worth the name: more than a tap or a stray dot. */
export function looksDrawn(drawing: Drawing): boolean {
  let length = 0;
  for (const stroke of drawing.strokes) {
    for (let i = 1; i < stroke.length; i += 1) {
      const [ax, ay] = stroke[i - 1] ?? [0, 0];
      const [bx, by] = stroke[i] ?? [0, 0];
      length += Math.hypot(bx - ax, by - ay);
    }
  }
  return length >= 20;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bytes of a `data:image/png;base64,…` URL, or null when they are not a PNG. */
export function pngBytes(dataUrl: string): Buffer | null {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  return bytes.subarray(0, 8).equals(PNG_MAGIC) ? bytes : null;
}
