import type { Locator, Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, type Space } from './fixtures';

// A Tuesday the space is open, so that « today » does not depend on the day CI runs.
const TUESDAY_MORNING = '2026-12-01T09:30:00+01:00';

interface EventRow {
  date: string;
  title: string;
  participants: number;
}

const storedEvents = (space: Space) => space.query<EventRow>('SELECT date, title, participants FROM events ORDER BY date, id');

function addEvent(space: Space, date: string, title: string, participants: number): void {
  space.relais('events', 'add', '--date', date, '--title', title, '--participants', String(participants));
}

async function openEvents(page: Page, space: Space): Promise<void> {
  await openAt(page, space, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Événements' }).click();
  await expect(page.getByRole('heading', { name: 'Événements', level: 1 })).toBeVisible();
}

/** Types a date in a French date field (its sections take the digits in the order JJ MM AAAA). */
async function typeDate(scope: Locator, page: Page, label: string, digits: string): Promise<void> {
  await scope.getByRole('group', { name: label }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(digits);
}

test('an event is recorded from the keyboard, listed in French with the year’s totals, and stored', async ({ page, readySpace, shoot }) => {
  await openEvents(page, readySpace);
  const empty = page.getByTestId('events-empty');
  await expect(empty).toContainText('Aucun événement en 2026.');
  await expect(empty).toContainText('rapport envoyé au réseau régional');
  await expectNoRawKeys(page);
  await shoot('events-empty');

  // Escape closes the dialog and writes nothing.
  await empty.getByRole('button', { name: 'Ajouter un événement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel événement' });
  await expect(dialog.getByLabel(/^Intitulé/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Ajouter un événement' }).first().click();
  await expect(dialog.getByLabel(/^Intitulé/)).toBeFocused();
  await expect(dialog.getByRole('group', { name: 'Date' })).toContainText('01/12/2026');
  await page.keyboard.type('Atelier « Créer son site web »');
  await typeDate(dialog, page, 'Date', '22112026');
  await dialog.getByLabel(/^Participants/).fill('14');
  await shoot('events-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Événement ajouté')).toBeVisible();
  expect(storedEvents(readySpace)).toEqual([{ date: '2026-11-22', title: 'Atelier « Créer son site web »', participants: 14 }]);

  const table = page.getByRole('table', { name: 'Événements de 2026' });
  await expect(table.getByRole('row', { name: /Créer son site web/ }).getByRole('cell').first()).toHaveText('22/11/2026');
  await expect(table.getByRole('row', { name: /Créer son site web/ })).toContainText('14');
  await expect(page.getByRole('status')).toHaveText('1 événement · 14 participants');

  // A second one, older: the list stays newest first and the totals add up.
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  await dialog.getByLabel(/^Intitulé/).fill('Apéro des coworkers');
  await typeDate(dialog, page, 'Date', '14032026');
  await dialog.getByLabel(/^Participants/).fill('1200');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.locator('tbody tr td:first-child')).toHaveText(['22/11/2026', '14/03/2026']);
  await expect(table.getByRole('row', { name: /Apéro/ })).toContainText(/1\s200/);
  await expect(page.getByRole('status')).toHaveText(/^2 événements · 1\s214 participants$/);
  expect(storedEvents(readySpace)).toHaveLength(2);
  await expectNoRawKeys(page);
  await shoot('events-list');
});

test('a title left empty and a negative count are named in French, and nothing is written', async ({ page, readySpace, shoot }) => {
  await openEvents(page, readySpace);
  await page.getByRole('button', { name: 'Ajouter un événement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel événement' });
  await dialog.getByLabel(/^Participants/).fill('-3');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(dialog.getByText('Donnez un intitulé à l’événement.')).toBeVisible();
  await expect(dialog.getByText('Un nombre entier de 0 à 100 000, par exemple 12.')).toBeVisible();
  await expect(dialog.getByLabel(/^Intitulé/)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel(/^Participants/)).toHaveAttribute('aria-invalid', 'true');
  await shoot('events-dialog-errors');
  expect(storedEvents(readySpace)).toEqual([]);

  // A title of only spaces is no title; a date left incomplete is asked for.
  await dialog.getByLabel(/^Intitulé/).fill('   ');
  await dialog.getByLabel(/^Participants/).fill('12');
  await dialog.getByRole('group', { name: 'Date' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(dialog.getByText('Donnez un intitulé à l’événement.')).toBeVisible();
  await expect(dialog.getByText('Saisissez une date complète (JJ/MM/AAAA).')).toBeVisible();
  expect(storedEvents(readySpace)).toEqual([]);

  await dialog.getByLabel(/^Intitulé/).fill('Portes ouvertes');
  await typeDate(dialog, page, 'Date', '05092026');
  await dialog.getByLabel(/^Participants/).press('Enter');
  await expect(dialog).toBeHidden();
  expect(storedEvents(readySpace)).toEqual([{ date: '2026-09-05', title: 'Portes ouvertes', participants: 12 }]);
});

test('an event is corrected, then removed after a confirmation', async ({ page, readySpace, shoot }) => {
  addEvent(readySpace, '2026-06-05', 'Soirée jeux de société', 5);
  addEvent(readySpace, '2026-10-02', 'Café numérique', 7);
  await openEvents(page, readySpace);
  await expect(page.getByRole('status')).toHaveText('2 événements · 12 participants');

  await page.getByRole('button', { name: 'Modifier « Café numérique »' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier l’événement' });
  await expect(dialog.getByLabel(/^Intitulé/)).toHaveValue('Café numérique');
  await expect(dialog.getByRole('group', { name: 'Date' })).toContainText('02/10/2026');
  await expect(dialog.getByLabel(/^Participants/)).toHaveValue('7');
  await dialog.getByLabel(/^Intitulé/).fill('Café numérique : sécurité des mots de passe');
  await dialog.getByLabel(/^Participants/).fill('9');
  await dialog.getByLabel(/^Participants/).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Événement modifié')).toBeVisible();
  expect(storedEvents(readySpace)).toEqual([
    { date: '2026-06-05', title: 'Soirée jeux de société', participants: 5 },
    { date: '2026-10-02', title: 'Café numérique : sécurité des mots de passe', participants: 9 },
  ]);
  await expect(page.getByRole('status')).toHaveText('2 événements · 14 participants');

  // Cancelling the confirmation keeps the event.
  await page.getByRole('button', { name: 'Supprimer « Soirée jeux de société »' }).click();
  const confirm = page.getByRole('dialog', { name: 'Supprimer l’événement « Soirée jeux de société » ?' });
  await expect(confirm).toContainText('L’événement du 05/06/2026 ne sera plus compté dans le rapport au réseau.');
  await shoot('events-remove-confirm');
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();
  expect(storedEvents(readySpace)).toHaveLength(2);

  await page.getByRole('button', { name: 'Supprimer « Soirée jeux de société »' }).click();
  await confirm.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText('Événement supprimé')).toBeVisible();
  await expect(page.getByRole('row', { name: /Soirée jeux/ })).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('1 événement · 9 participants');
  expect(storedEvents(readySpace)).toEqual([{ date: '2026-10-02', title: 'Café numérique : sécurité des mots de passe', participants: 9 }]);
});

test('the year shown lives in the address; an event saved in another year shows that year', async ({ page, readySpace }) => {
  addEvent(readySpace, '2025-05-20', 'Rencontre avec la Chambre de commerce', 12);
  addEvent(readySpace, '2026-02-10', 'Apéro des coworkers', 19);
  await openEvents(page, readySpace);
  const year = page.getByRole('group', { name: 'Année affichée' });
  await expect(year).toContainText('2026');
  await expect(page.getByRole('row', { name: /Apéro des coworkers/ })).toBeVisible();

  await page.getByRole('button', { name: 'Année précédente' }).click();
  await expect(year).toContainText('2025');
  await expect(page).toHaveURL(/year=2025/);
  await expect(page.getByRole('table', { name: 'Événements de 2025' }).getByRole('row', { name: /Chambre de commerce/ })).toContainText('20/05/2025');
  await expect(page.getByRole('status')).toHaveText('1 événement · 12 participants');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Événements de 2025' })).toBeVisible();

  await page.getByRole('button', { name: 'Année précédente' }).click();
  await expect(page.getByTestId('events-empty')).toContainText('Aucun événement en 2024.');

  // Next year is as far as the selector goes (an event may be noted ahead).
  await page.getByRole('button', { name: 'Année suivante' }).click();
  await page.getByRole('button', { name: 'Année suivante' }).click();
  await page.getByRole('button', { name: 'Année suivante' }).click();
  await expect(year).toContainText('2027');
  await expect(page.getByRole('button', { name: 'Année suivante' })).toBeDisabled();

  // Back in 2025, an event typed for 2026 brings 2026 on screen.
  await page.getByRole('button', { name: 'Année précédente' }).click();
  await page.getByRole('button', { name: 'Année précédente' }).click();
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel événement' });
  await dialog.getByLabel(/^Intitulé/).fill('Petit-déjeuner des indépendants');
  await dialog.getByLabel(/^Participants/).fill('8');
  await dialog.getByLabel(/^Participants/).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/year=2026/);
  await expect(page.getByRole('row', { name: /Petit-déjeuner/ })).toContainText('01/12/2026');
});

test.describe('on the desk’s small screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the events screen, its dialog and its errors fit 1024×640 without scrolling sideways', async ({ page, readySpace, shoot }) => {
    const overflow = () => sidewaysOverflow(page);
    await openEvents(page, readySpace);
    await expect(page.getByTestId('events-empty')).toBeVisible();
    expect(await overflow(), 'the empty screen scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('events-small-empty');

    addEvent(readySpace, '2026-11-24', 'Apéro des coworkers', 18);
    addEvent(readySpace, '2026-06-14', 'Conférence : travailler à distance à la campagne, avec les élus de la communauté de communes', 19);
    addEvent(readySpace, '2026-03-01', 'Atelier « Créer son site web »', 12);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText('3 événements · 49 participants');
    expect(await overflow(), 'the list scrolls sideways').toBeLessThanOrEqual(0);
    await expectNoRawKeys(page);
    await shoot('events-small-list');

    await page.getByRole('button', { name: 'Ajouter un événement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel événement' });
    await dialog.getByLabel(/^Participants/).fill('-1');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await expect(dialog.getByText('Donnez un intitulé à l’événement.')).toBeVisible();
    expect(await overflow(), 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('events-small-dialog-errors');
  });
});
