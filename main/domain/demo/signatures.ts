import { deflateSync, crc32 } from 'node:zlib';
import type { Faker } from '@faker-js/faker';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { Drawing } from '../charter/schema';
import { insertSignature } from '../charter/signatures';
import { currentVersion } from '../charter/versions';
import { isoDateTime, parisInstant } from '../common/time';

const WIDTH = 600;
const HEIGHT = 200;

/** A flowing scribble of two or three strokes, like a quick signature. */
function scribble(faker: Faker): Drawing {
  const strokes: [number, number][][] = [];
  let x = faker.number.int({ min: 40, max: 90 });
  for (let s = faker.number.int({ min: 2, max: 3 }); s > 0; s--) {
    const stroke: [number, number][] = [];
    const phase = faker.number.float({ min: 0, max: Math.PI });
    const amplitude = faker.number.int({ min: 25, max: 60 });
    for (let i = 0; i < 30; i++, x += faker.number.float({ min: 4, max: 8 })) {
      stroke.push([Math.round(Math.min(x, WIDTH - 20) * 10) / 10, Math.round((110 - Math.sin(phase + i / 3) * amplitude) * 10) / 10]);
    }
    strokes.push(stroke);
    x += 20;
  }
  return { width: WIDTH, height: HEIGHT, strokes };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The scribble as the pad would have pictured it: dark ink on transparency, as an RGBA PNG. */
function pngOf(drawing: Drawing): Buffer {
  const stride = drawing.width * 4 + 1;
  const pixels = Buffer.alloc(stride * drawing.height);
  const ink = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (px >= 0 && py >= 0 && px < drawing.width && py < drawing.height) pixels.set([0x1a, 0x2a, 0x6c, 0xff], py * stride + 1 + px * 4);
      }
    }
  };
  for (const stroke of drawing.strokes) {
    stroke.slice(1).forEach(([bx, by], i) => {
      const [ax, ay] = stroke[i] ?? [bx, by];
      const steps = Math.ceil(Math.hypot(bx - ax, by - ay) * 2) || 1;
      for (let k = 0; k <= steps; k++) ink(ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps);
    });
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(drawing.width, 0);
  header.writeUInt32BE(drawing.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([magic, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Most members signed the default charter on their first day, mostly at the kiosk; a few recent
 * ones have not yet, so that the desk sees who must sign.
 */
export function demoSignatures(db: Db, faker: Faker, from: string, today: string): number {
  const charter = currentVersion(db, isoDateTime(parisInstant(from, '08:00')));
  const members = sql(db, "SELECT id, joined_on AS joined FROM members WHERE anonymised_at IS NULL ORDER BY id").all() as { id: number; joined: string }[];
  let signed = 0;
  for (const member of members) {
    if (faker.datatype.boolean({ probability: 0.08 })) continue;
    // Signed on their first day, or when the charter appeared if that came later.
    const day = [member.joined, charter.createdAt.slice(0, 10)].sort()[1] ?? member.joined;
    const atDesk = faker.datatype.boolean({ probability: 0.2 });
    const time = `${String(faker.number.int({ min: 8, max: 11 })).padStart(2, '0')}:${String(faker.number.int({ min: 0, max: 59 })).padStart(2, '0')}`;
    const drawing = scribble(faker);
    insertSignature(db, {
      memberId: member.id,
      version: charter.number,
      textSha256: charter.sha256,
      at: isoDateTime(parisInstant(day > today ? today : day, time)),
      method: atDesk ? 'desk' : 'kiosk',
      witness: atDesk ? 'Camille' : '',
      drawing,
      png: pngOf(drawing),
    });
    signed++;
  }
  return signed;
}
