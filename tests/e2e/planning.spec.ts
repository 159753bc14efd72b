import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, type Space } from './fixtures';

// The week of Monday 30 November 2026, seen on the Tuesday, whatever the day CI runs.
const TUESDAY = '2026-12-01T09:30:00+01:00';

async function openPlanning(page: Page, space: Space): Promise<void> {
  await openAt(page, space, TUESDAY);
  await page.getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('heading', { name: 'Planning', level: 1 })).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a drop-in place is booked by phone from the board in a few keystrokes; the same cell again is refused; then cancelled', async ({ page, readySpace, shoot }) => {
  readySpace.relais('members', 'add', '--first-name', 'Léa', '--last-name', 'Martin', '--profile', 'independent', '--email', 'lea@exemple.fr');
  readySpace.relais('members', 'add', '--first-name', 'Paul', '--last-name', 'Roux', '--profile', 'student', '--email', 'paul@exemple.fr');
  await openPlanning(page, readySpace);

  const cell = page.getByRole('button', { name: 'B3, 02/12/2026, matin : libre' });
  // Keyboard: from a cell, the arrows reach the next one.
  await page.getByRole('button', { name: 'B3, 01/12/2026, après-midi : libre' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Réserver B3 le 02/12/2026' });
  await expect(dialog.getByLabel(/Membre/)).toBeFocused();
  await page.keyboard.type('Lé');
  await expect(page.getByRole('option', { name: 'Léa Martin' })).toBeVisible();
  await page.keyboard.press('Enter');
  await shoot('planning-book');
  await dialog.getByRole('button', { name: 'Réserver' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'B3, 02/12/2026, matin : Léa Martin' })).toBeVisible();
  expect(readySpace.query("SELECT s.code AS seat, b.date, b.slot, b.channel, b.status FROM bookings b JOIN seats s ON s.id = b.seat_id")).toEqual([
    { seat: 'B3', date: '2026-12-02', slot: 'am', channel: 'phone', status: 'booked' },
  ]);

  // Booked meanwhile by someone else (another desk, the command line): the same cell is refused with the holder's name.
  readySpace.relais('book', '--member', '2', '--seat', 'A4', '--date', '2026-12-02', '--slot', 'am');
  await page.getByRole('button', { name: 'A4, 02/12/2026, après-midi : libre' }).click();
  const again = page.getByRole('dialog', { name: 'Réserver A4 le 02/12/2026' });
  await page.keyboard.type('Lé');
  await page.getByRole('option', { name: 'Léa Martin' }).click();
  await again.getByLabel('Créneau').click();
  await page.getByRole('option', { name: 'Journée' }).click();
  await again.getByRole('button', { name: 'Réserver' }).click();
  await expect(again.getByText(/déjà réservé le matin par Paul Roux/)).toBeVisible();
  await shoot('planning-conflict');
  await again.getByRole('button', { name: 'Annuler' }).click();
  expect(readySpace.query('SELECT id FROM bookings')).toHaveLength(2);

  // Her page lists the booking, and her calendar file holds it.
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('gridcell', { name: 'Martin' }).click();
  const coming = page.getByRole('region', { name: 'Réservations à venir' });
  await expect(coming).toContainText('02/12/2026');
  const [calendar] = await Promise.all([page.waitForEvent('download'), coming.getByRole('button', { name: 'Agenda (.ics)' }).click()]);
  const ics = fs.readFileSync((await calendar.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261202T083000');
  await page.getByRole('link', { name: 'Planning' }).click();

  await page.getByRole('button', { name: 'B3, 02/12/2026, matin : Léa Martin' }).click();
  const details = page.getByRole('dialog', { name: 'Léa Martin — B3' });
  await expect(details).toContainText('Demande reçue par téléphone');
  await details.getByRole('button', { name: 'Annuler la réservation' }).click();
  await expect(page.getByRole('button', { name: 'B3, 02/12/2026, matin : libre' })).toBeVisible();
  expect(readySpace.query("SELECT status FROM bookings b JOIN seats s ON s.id = b.seat_id WHERE s.code = 'B3'")).toEqual([{ status: 'cancelled' }]);
});

test('the week and month boards read well in French, with closed days named', async ({ page, readySpace, shoot }) => {
  readySpace.relais('demo', '--years', '1');
  await openPlanning(page, readySpace);
  await expect(page.getByRole('group', { name: 'Occupation' })).toContainText('%');
  await expectNoRawKeys(page);
  await shoot('planning-week');

  // The lounge is booked by the hour, within opening hours.
  const rooms = page.getByRole('region', { name: 'Petit salon et salles' });
  await rooms.getByRole('button', { name: 'Réserver le salon' }).click();
  const lounge = page.getByRole('dialog', { name: 'Réserver le salon' });
  await lounge.getByRole('textbox', { name: 'De', exact: true }).fill('12h');
  await lounge.getByRole('textbox', { name: 'À', exact: true }).fill('13h');
  await lounge.getByLabel('Personne pas encore inscrite').check();
  await lounge.getByLabel(/Nom de la personne/).fill('Nina Perrin');
  await lounge.getByLabel(/Téléphone ou e-mail/).fill('06 11 22 33 44');
  await lounge.getByRole('button', { name: 'Réserver' }).click();
  await expect(lounge.getByText(/horaires d’ouverture/)).toBeVisible();
  await lounge.getByRole('textbox', { name: 'De', exact: true }).fill('10h');
  await lounge.getByRole('textbox', { name: 'À', exact: true }).fill('11h30');
  await lounge.getByRole('button', { name: 'Réserver' }).click();
  await expect(lounge).toBeHidden();
  await expect(rooms.getByRole('row', { name: /Nina Perrin/ })).toContainText('10:00–11:30');
  expect(readySpace.query("SELECT start_time, end_time, visitor_name FROM bookings WHERE slot IS NULL")).toEqual([{ start_time: '10:00', end_time: '11:30', visitor_name: 'Nina Perrin' }]);

  await page.getByRole('button', { name: 'Mois' }).click();
  await expect(page.getByText('du 01/12/2026 au 31/12/2026')).toBeVisible();
  // Christmas is a public holiday: its cells say so.
  await expect(page.getByRole('button', { name: 'A4, 25/12/2026, matin : Noël' })).toHaveAttribute('aria-disabled', 'true');
  await shoot('planning-month');
  expect(await sidewaysOverflow(page), 'the month board scrolls the page sideways').toBeLessThanOrEqual(0);
});

test('a visitor booked by phone gets their member record on arrival, and the booking follows', async ({ page, readySpace, shoot }) => {
  await openPlanning(page, readySpace);
  await page.getByRole('button', { name: 'A4, 01/12/2026, après-midi : libre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réserver A4 le 01/12/2026' });
  await dialog.getByLabel('Personne pas encore inscrite').check();
  await dialog.getByRole('button', { name: 'Réserver' }).click();
  // Nothing sent: the empty visitor fields are pointed at.
  await expect(dialog.getByText('À remplir.').first()).toBeVisible();
  await dialog.getByLabel(/Nom de la personne/).fill('Nina Perrin');
  await dialog.getByLabel(/Téléphone ou e-mail/).fill('nina@exemple.fr');
  await dialog.getByRole('button', { name: 'Réserver' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'A4, 01/12/2026, après-midi : Nina Perrin' }).click();
  const details = page.getByRole('dialog', { name: 'Nina Perrin — A4' });
  await expect(details).toContainText('nina@exemple.fr');
  await shoot('planning-visitor');
  await details.getByRole('button', { name: 'Créer sa fiche' }).click();
  const record = page.getByRole('dialog', { name: 'Nouveau membre' });
  await expect(record.getByLabel(/^Nom\s*\*?$/)).toHaveValue('Perrin');
  await expect(record.getByLabel('E-mail')).toHaveValue('nina@exemple.fr');
  await record.getByRole('button', { name: 'Ajouter' }).click();
  await expect(record).toBeHidden();
  await expect(details).toBeHidden();
  // The booking is moved to the new record by a second call once the member exists: wait for it.
  await expect
    .poll(() => readySpace.query('SELECT m.first_name, m.email, b.visitor_name FROM bookings b JOIN members m ON m.id = b.member_id'))
    .toEqual([{ first_name: 'Nina', email: 'nina@exemple.fr', visitor_name: '' }]);
});

test('a seat out of service from a date is greyed and not bookable from that day, in the week, day and month views; its past stays', async ({ page, readySpace, shoot }) => {
  readySpace.relais('members', 'add', '--first-name', 'Léa', '--last-name', 'Martin', '--profile', 'independent', '--email', 'lea@exemple.fr');
  readySpace.relais('book', '--member', '1', '--seat', 'B3', '--date', '2026-12-01', '--slot', 'pm');
  const [b3] = readySpace.query<{ id: number }>("SELECT id FROM seats WHERE code = 'B3'");
  readySpace.relais('call', 'space.retireSeat', JSON.stringify({ id: b3!.id, on: '2026-12-02' }));
  await openPlanning(page, readySpace);

  // The day before, the booking is still there; from the date, the cells say « hors service ».
  await expect(page.getByRole('button', { name: 'B3, 01/12/2026, après-midi : Léa Martin' })).toBeVisible();
  const retired = page.getByRole('button', { name: 'B3, 02/12/2026, matin : hors service' });
  await expect(retired).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'B3, 06/12/2026, après-midi : hors service' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'A4, 02/12/2026, matin : libre' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /B3/ })).toContainText('Hors service dès le 02/12/2026');
  await expect(page.getByText(/poste hors service à partir de ce jour-là/)).toBeVisible();
  // Neither a click nor the keyboard opens the booking form.
  await retired.click({ force: true });
  await retired.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shoot('planning-retired-seat');

  // The day before, the day view shows the seat as it was; on the day, out of service all day long, it is not on the board.
  await page.getByRole('button', { name: 'Jour', exact: true }).click();
  await expect(page.getByRole('button', { name: 'B3, 01/12/2026, après-midi : Léa Martin' })).toBeVisible();
  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('button', { name: 'A4, 02/12/2026, matin : libre' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^B3, / })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mois' }).click();
  await expect(page.getByRole('button', { name: 'B3, 01/12/2026, après-midi : Léa Martin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'B3, 31/12/2026, matin : hors service' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'B3, 15/12/2026, matin : hors service' }).click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Out of service for the whole of January: the seat is not on its board.
  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('button', { name: 'A4, 04/01/2027, matin : libre' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^B3, / })).toHaveCount(0);
  expect(readySpace.query('SELECT id FROM bookings')).toHaveLength(1);
});
