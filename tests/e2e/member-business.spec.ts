import type { Locator, Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, type Space } from './fixtures';

// A Tuesday the space is open, so that « today » does not depend on the day CI runs.
const TUESDAY_MORNING = '2026-12-01T09:30:00+01:00';
const LEA = JSON.stringify({ firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@exemple.fr', profile: 'business_creator' });

const businessDate = (space: Space) => space.query<{ business_created_on: string | null }>('SELECT business_created_on FROM members');

async function openLea(page: Page, space: Space): Promise<void> {
  await openAt(page, space, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('row', { name: /Martin/ }).click();
  await expect(page.getByRole('heading', { name: 'Léa Martin', level: 1 })).toBeVisible();
}

const dateField = (dialog: Locator) => dialog.getByRole('group', { name: 'Date de création de l’activité' });

/** Types into the focused date field: its sections take the digits in the order JJ MM AAAA. */
async function typeFocusedDate(page: Page, digits: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(digits);
}

async function typeDate(dialog: Locator, page: Page, digits: string): Promise<void> {
  await dateField(dialog).click();
  await typeFocusedDate(page, digits);
}

test('a member’s business creation is ticked with its date, shown on their page, and stored', async ({ page, readySpace, shoot }) => {
  readySpace.relais('call', 'members.add', LEA);
  await openLea(page, readySpace);
  await expect(page.getByText(/Activité créée le/)).toBeHidden();

  await page.getByRole('button', { name: 'Modifier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier la fiche de Léa Martin' });
  const box = dialog.getByRole('checkbox', { name: 'A créé son activité en venant ici' });
  await expect(box).not.toBeChecked();
  await expect(dateField(dialog)).toBeHidden();
  await box.check();
  // Ticked without a date: the form asks for it and nothing is written.
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Indiquez la date de création (JJ/MM/AAAA).')).toBeVisible();
  expect(businessDate(readySpace)).toEqual([{ business_created_on: null }]);

  // A day still to come is refused too.
  await typeDate(dialog, page, '15012027');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText(/Cette date n’est pas encore passée/)).toBeVisible();
  expect(businessDate(readySpace)).toEqual([{ business_created_on: null }]);

  await typeDate(dialog, page, '12032026');
  await expect(dateField(dialog)).toContainText('12/03/2026');
  await shoot('member-business-dialog');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Activité créée le 12/03/2026')).toBeVisible();
  expect(businessDate(readySpace)).toEqual([{ business_created_on: '2026-03-12' }]);
  await expectNoRawKeys(page);
  await shoot('member-business-page');

  // Reopened, the form shows what is stored; unticking erases it.
  await page.getByRole('button', { name: 'Modifier' }).click();
  await expect(box).toBeChecked();
  await expect(dateField(dialog)).toContainText('12/03/2026');
  await box.uncheck();
  await expect(dateField(dialog)).toBeHidden();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Activité créée le/)).toBeHidden();
  expect(businessDate(readySpace)).toEqual([{ business_created_on: null }]);
});

test('a new member may be registered with their business creation, from the keyboard', async ({ page, readySpace }) => {
  await openAt(page, readySpace, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('button', { name: 'Nouveau membre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau membre' });
  await dialog.getByLabel('Prénom').fill('Hugo');
  await dialog.getByLabel(/^Nom\s*\*?$/).fill('Bernard');
  await dialog.getByRole('checkbox', { name: 'A créé son activité en venant ici' }).press('Space');
  // Ticking the box hands the focus to the date: the digits go there without a click.
  await typeFocusedDate(page, '02112026');
  await expect(dateField(dialog)).toContainText('02/11/2026');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('heading', { name: 'Hugo Bernard', level: 1 })).toBeVisible();
  await expect(page.getByText('Activité créée le 02/11/2026')).toBeVisible();
  expect(readySpace.query('SELECT first_name, business_created_on FROM members')).toEqual([{ first_name: 'Hugo', business_created_on: '2026-11-02' }]);
});

test.describe('on the desk’s small screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the member form with its business creation fits 1024×640 without scrolling sideways', async ({ page, readySpace, shoot }) => {
    readySpace.relais('call', 'members.add', LEA);
    await openLea(page, readySpace);
    await page.getByRole('button', { name: 'Modifier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modifier la fiche de Léa Martin' });
    await dialog.getByRole('checkbox', { name: 'A créé son activité en venant ici' }).check();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog.getByText('Indiquez la date de création (JJ/MM/AAAA).')).toBeVisible();
    expect(await sidewaysOverflow(page), 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('member-business-small-dialog');
    await typeDate(dialog, page, '12032026');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Activité créée le 12/03/2026')).toBeVisible();
    expect(await sidewaysOverflow(page), 'the member page scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('member-business-small-page');
  });
});
