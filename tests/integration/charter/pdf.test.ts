import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { SignedCopy } from '../../../main/domain/charter/pdf';
import { signedCopyPdf } from '../../../main/domain/charter/pdf';

const CHARTER = `# Charte de vie commune

Bienvenue à l’**Arrêt Minute** 🦊 ! Cette charte rassemble les règles que les adhérents se sont données pour que chacun travaille sereinement. La signer est un préalable à toute réservation et à tout pointage ; elle est relue chaque année en assemblée générale.

## 1. Accueil et horaires

L’espace est ouvert du lundi au vendredi de 8\u202fh\u00a030 à 19\u202fh, et le samedi matin lorsqu’un bénévole tient l’accueil. En dehors de ces horaires, seuls les titulaires d’un poste permanent disposent d’un badge.

- Le dernier parti éteint les lumières, ferme les fenêtres et **verrouille la porte du jardin**.
- Les visiteurs sont accueillis et présentés à l’accueil ; ils restent sous la responsabilité de l’adhérent qui les invite.
- Un retard de plus d’une demi-heure sur une réservation libère le poste pour les personnes de passage, sauf si vous avez prévenu l’accueil par téléphone ou par courriel.

## 2. Postes de travail

Les postes nomades se réservent à la demi-journée. Un poste laissé vide plus de deux heures sans affaires personnelles peut être attribué à quelqu’un d’autre. Les postes permanents restent à leur titulaire, qui peut les *libérer* pour ses absences afin qu’ils profitent aux autres.

1. Laissez le bureau comme vous l’avez trouvé : écran, clavier et chaise à leur place.
2. Rangez vos câbles et vos tasses avant de partir ; la vaisselle sale n’attend personne.
3. Signalez à l’accueil tout matériel abîmé, même légèrement, pour qu’il soit réparé rapidement.

## 3. Bruit et appels

La salle principale est une salle calme. Les appels et les visioconférences se passent dans la cabine téléphonique ou dans la salle de réunion, réservées à l’heure. Les conversations de plus de quelques minutes se poursuivent dans le salon ou dans la cuisine.

- Le téléphone de l’espace est réservé aux appels professionnels ; les appels vers les mobiles et l’étranger sont refacturés à la minute, selon la grille affichée.
- Les sonneries sont coupées dans la salle principale, et les écouteurs sont de rigueur pour la musique.

## 4. Cuisine et espaces communs

La cuisine est partagée avec l’association des parents d’élèves le mercredi après-midi. Chacun lave, essuie et range sa vaisselle. Le réfrigérateur est vidé chaque vendredi soir : ce qui n’est pas étiqueté au nom de son propriétaire est donné ou composté.

Le café et le thé sont en libre-service contre une participation déposée dans la boîte prévue à cet effet. Les produits achetés en commun (sucre, lait, biscuits) sont notés sur la liste affichée près de l’évier lorsqu’ils viennent à manquer.

## 5. Réseau, imprimante et matériel

Le réseau sans fil est réservé à un usage professionnel raisonnable : pas de téléchargements massifs en journée, pas de partage de fichiers pair à pair. L’imprimante est accessible à tous ; les impressions au-delà de vingt pages par mois sont facturées au tarif affiché.

- Ne débranchez jamais le routeur, même s’il semble lent : prévenez l’accueil.
- Le vidéoprojecteur et l’écran de la salle de réunion se réservent avec la salle.
- Le matériel prêté (casques, adaptateurs, rallonges) revient à l’accueil le jour même.

## 6. Sécurité et données personnelles

Les issues de secours restent dégagées en permanence et l’extincteur est accessible. En cas d’incident, prévenez l’accueil ou appelez le 112. Les données que vous nous confiez servent à la gestion de l’espace et à la facturation ; elles ne sont jamais cédées. Vous pouvez les consulter, les corriger ou en demander l’effacement à tout moment, dans la limite de nos obligations comptables.

## 7. Manquements

En cas de manquement répété à cette charte, le bureau de l’association peut, après avoir entendu la personne concernée, suspendre son accès à l’espace pour une durée limitée. Les litiges sont d’abord réglés à l’amiable, autour d’un café.

*Fait à Saint-Julien-de-Vouvantes, le 15 novembre 2026, pour le bureau de l’association.*
`;

const HASH = '3f5a9c0e7b2d48a1c6e0f9b3d7a2e5c8f1b4d6a9c2e7f0b3d5a8c1e4f7b0d2a6';

const COPY: SignedCopy = {
  spaceName: 'Arrêt Minute',
  memberName: 'Anaïs Lefèvre-Müller',
  versionNumber: 3,
  versionDate: '2026-11-15',
  textSha256: HASH,
  markdown: CHARTER,
  signedAt: '2026-12-01T09:05:00+01:00',
  method: 'desk',
  witness: 'Karim Benali',
  drawing: {
    width: 600,
    height: 200,
    strokes: [
      [[40, 150], [80, 40], [120, 150], [150, 90], [190, 150], [230, 60], [260, 150], [300, 100], [340, 140]],
      [[360, 60], [380, 150], [420, 70], [470, 150], [520, 80]],
      [[40, 175], [300, 170], [560, 178]],
      [[545, 60]],
    ],
  },
};

const missing = ['pdftotext', 'pdftoppm'].filter((tool) => spawnSync(tool, ['-v']).error);
if (missing.length > 0) console.warn(`Signed charter PDF tests skipped: ${missing.join(' and ')} not found (install poppler-utils).`);
const withPoppler = missing.length > 0 ? it.skip : it;

const dir = mkdtempSync(join(tmpdir(), 'relais-charter-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(name: string, copy: SignedCopy): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await signedCopyPdf(copy));
  return file;
}

const textOf = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

function pageCount(text: string): number {
  const match = /Page 1 \/ (\d+)/.exec(text);
  if (!match) throw new Error('no page number in the footer');
  return Number(match[1]);
}

/** One page rendered in grey levels at 60 dpi (a binary PGM, as pdftoppm writes it). */
function grey(file: string, page: number): { width: number; height: number; pixels: Uint8Array } {
  const prefix = join(dir, `${basename(file, '.pdf')}-${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const data = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('not a binary PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

describe('the signed copy of the charter', () => {
  withPoppler('prints the charter, the signer, the time, the fingerprint and page numbers', async () => {
    const text = textOf(await written('signed', COPY));
    const pages = pageCount(text);

    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} / ${pages}`);
    expect(text).toContain('Charte de vie commune — Arrêt Minute');
    expect(text).toContain('Version 3 du 15/11/2026');
    expect(text).toContain('4. Cuisine et espaces communs');
    expect(text).toMatch(/Signé par Anaïs Lefèvre-Müller le 01\/12\/2026 à 09\sh\s05/);
    expect(text).toContain('Signature recueillie à l’accueil, en présence de Karim Benali');
    expect(text).toContain(HASH);
    // The narrow and ordinary no-break spaces are drawn, and the fox, which DejaVu lacks, is a '?'.
    expect(text).toMatch(/de 8\sh\s30 à 19\sh,/);
    expect(text).toContain('Bienvenue à l’Arrêt Minute ? !');
  });

  withPoppler('says when the signature was taken at the kiosk', async () => {
    const text = textOf(await written('kiosk', { ...COPY, method: 'kiosk', witness: '' }));
    expect(text).toContain('Signature recueillie à la borne d’accueil');
    expect(text).not.toContain('en présence de');
  });

  withPoppler('draws the strokes in a box of about 8 cm × 3 cm on the last page', async () => {
    const signed = await written('drawn', COPY);
    const blank = await written('blank', { ...COPY, drawing: { ...COPY.drawing, strokes: [] } });
    const last = pageCount(textOf(signed));
    expect(pageCount(textOf(blank))).toBe(last);

    const [drawn, empty] = [grey(signed, last), grey(blank, last)];
    expect([drawn.width, drawn.height]).toEqual([empty.width, empty.height]);
    const inked: [number, number][] = [];
    drawn.pixels.forEach((value, index) => {
      if (value < 128 && (empty.pixels[index] ?? 255) >= 128) inked.push([index % drawn.width, Math.floor(index / drawn.width)]);
    });
    expect(inked.length).toBeGreaterThan(100);
    const xs = inked.map(([x]) => x);
    const ys = inked.map(([, y]) => y);
    const dpcm = 60 / 2.54;
    // The ink spans most of the 8 cm box (the drawing is three times wider than high) and stays inside it.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(6 * dpcm);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(8.3 * dpcm);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(3.3 * dpcm);
    expect(Math.min(...xs)).toBeGreaterThan(2 * dpcm);
  });

  it('carries the title, author, language and signing date in its metadata', async () => {
    const doc = await PDFDocument.load(await signedCopyPdf(COPY), { updateMetadata: false });
    expect(doc.getTitle()).toContain('Charte de vie commune — Arrêt Minute');
    expect(doc.getAuthor()).toBe('Arrêt Minute');
    expect(doc.getLanguage()).toBe('fr-FR');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-12-01T08:05:00.000Z');
  });

  it('refuses a signing time it cannot read', async () => {
    await expect(signedCopyPdf({ ...COPY, signedAt: '01/12/2026 09:05' })).rejects.toThrow(/illisible/);
  });
});
