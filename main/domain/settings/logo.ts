import { Refusal } from '../common/refusal';

const SIGNATURES = { png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], jpeg: [0xff, 0xd8, 0xff] } as const;

/**
 * The logo as a data URL typed by its bytes — a PNG saved as `logo.jpg` is still a PNG — when it is
 * one of the two kinds a PDF/A invoice can carry; undefined otherwise.
 */
export function printableLogo(dataUrl: string): string | undefined {
  const base64 = /^data:image\/[\w.+-]+;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl)?.[1];
  if (!base64) return undefined;
  const head = Buffer.from(base64.slice(0, 16), 'base64');
  const kind = (Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[]).find((name) => SIGNATURES[name].every((byte, i) => head[i] === byte));
  return kind && `data:image/${kind};base64,${base64}`;
}

/**
 * A new logo must print on the invoices; the one already saved is kept as it is, so that correcting
 * a phone number never stumbles on a logo chosen before this check existed.
 */
export function acceptedLogo(logo: string, saved: string): string {
  if (logo === '' || logo === saved) return logo;
  const printable = printableLogo(logo);
  if (!printable) throw new Refusal('errors.settings.logo_unprintable', {}, { field: 'logo' });
  return printable;
}
