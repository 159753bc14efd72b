import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, test } from './fixtures';

const TUESDAY_MORNING = '2026-12-01T09:30:00+01:00';


/** Signs on the pad with the mouse, as at the front desk. */
async function signWithMouse(page: Page): Promise<void> {
  const box = await page.getByRole('img', { name: 'Cadre de signature' }).boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1) await page.mouse.move(box.x + 40 + step * 15, box.y + box.height * (0.6 - Math.sin(step / 3) * 0.25));
  await page.mouse.up();
}

test('the desk is warned about an unsigned member everywhere, and has the charter signed on the spot', async ({ page, readySpace, shoot }) => {
  readySpace.relais('call', 'members.add', JSON.stringify({ firstName: 'Noé', lastName: 'Petit', email: 'noe.petit@exemple.fr', profile: 'student' }));
  readySpace.relais('book', '--member', '1', '--seat', 'B3', '--date', '2026-12-01', '--slot', 'day', '--channel', 'phone');
  await openAt(page, readySpace, TUESDAY_MORNING);

  // The planning board marks the booking of someone who must sign.
  await page.getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('button', { name: /B3, 01\/12\/2026, matin : Noé Petit \(Charte non signée\)/ })).toBeVisible();
  await shoot('planning-unsigned');
  // Booking for them again warns the desk, who may have it signed there and then.
  await page.getByRole('button', { name: 'A4, 02/12/2026, matin : libre' }).click();
  const booking = page.getByRole('dialog', { name: 'Réserver A4 le 02/12/2026' });
  await expect(booking.getByLabel(/Membre/)).toBeFocused();
  await page.keyboard.type('No');
  await page.getByRole('option', { name: 'Noé Petit' }).click();
  await expect(booking.getByRole('status')).toContainText('Noé Petit n’a pas signé la charte en vigueur');
  await expect(booking.getByRole('button', { name: 'Faire signer maintenant' })).toBeVisible();
  await booking.getByRole('button', { name: 'Annuler' }).click();

  // « Aujourd'hui »: the warning comes before the arrival, with the pad at hand.
  await page.getByRole('link', { name: 'Aujourd’hui' }).click();
  await expect(page.getByLabel(/Qui arrive/)).toBeFocused();
  await page.keyboard.type('Noé');
  await expect(page.getByRole('list', { name: 'Membres trouvés' })).toContainText('Charte à signer');
  await page.keyboard.press('Enter');
  const picked = page.getByLabel('Membre choisi');
  await expect(page.getByText('Noé Petit n’a pas signé la charte de vie commune en vigueur.')).toBeVisible();
  await shoot('desk-unsigned-warning');
  await page.getByRole('button', { name: 'Faire signer maintenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signature de la charte — Noé Petit' });
  await expect(dialog.getByLabel('Texte de la charte')).toContainText('Respect et non-discrimination');
  const record = dialog.getByRole('button', { name: 'Enregistrer la signature' });
  await expect(record).toBeDisabled();
  await signWithMouse(page);
  await expect(record).toBeEnabled();
  await shoot('desk-sign-dialog');
  await record.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('n’a pas signé la charte')).toBeHidden();
  expect(readySpace.query('SELECT method, witness, version FROM charter_signatures')).toEqual([{ method: 'desk', witness: 'Camille', version: 1 }]);
  await expect(picked.first()).toBeVisible();
  await page.getByRole('button', { name: 'Arrivée' }).click();
  await expect(page.getByRole('region', { name: 'Présents aujourd’hui' }).getByRole('row', { name: /Noé Petit/ })).toContainText('Signée');

  // The member page lists the signature, and gives its signed copy as PDF.
  await page.getByRole('region', { name: 'Présents aujourd’hui' }).getByRole('link', { name: 'Noé Petit' }).click();
  const charter = page.getByRole('region', { name: 'Charte de vie commune' });
  await expect(charter).toContainText('Charte signée : version 1, le 01/12/2026');
  await expect(charter).toContainText('à l’accueil, avec Camille');
  const [pdf] = await Promise.all([page.waitForEvent('download'), charter.getByRole('button', { name: 'Copie signée' }).click()]);
  expect(pdf.suggestedFilename()).toBe('charte-v1-Noé-Petit-2026-12-01.pdf');
  expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoRawKeys(page);
  await shoot('member-charter');
});
