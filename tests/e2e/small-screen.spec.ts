import { expect, expectNoRawKeys, sidewaysOverflow, test, unlock } from './fixtures';

// The front-desk PC may be an old 1024×640 laptop (the desktop window's minimum size).
test.use({ viewport: { width: 1024, height: 640 } });

const SCREENS = [
  ['Accueil', 'small-home'],
  ['Aujourd’hui', 'small-today'],
  ['Membres', 'small-members'],
  ['Téléphone', 'small-calls'],
  ['Charte', 'small-charter'],
  ['Facturation du mois', 'small-billing'],
  ['Factures', 'small-invoices'],
  ['Paiements', 'small-payments'],
  ['Impayés', 'small-overdue'],
  ['Rapports', 'small-reports'],
  ['Exports', 'small-exports'],
  ['Clôture', 'small-closing'],
  ['Association', 'small-association'],
  ['Espace', 'small-space'],
  ['Horaires et fermetures', 'small-hours'],
  ['Tarifs', 'small-tariffs'],
  ['Ligne téléphonique', 'small-phone'],
  ['Facturation', 'small-invoicing-settings'],
  ['Comptabilité', 'small-accounting-settings'],
  ['Équipe', 'small-staff'],
  ['Sauvegardes', 'small-backups'],
  ['Journal', 'small-journal'],
] as const;

test('every screen fits a 1024×640 window without scrolling sideways', async ({ page, readySpace, shoot }) => {
  // Twenty-two screens, each drawn, measured and photographed: longer than one ordinary test.
  test.setTimeout(150_000);
  readySpace.relais('demo', '--years', '1');
  await page.goto(readySpace.url);
  await expect(page.getByRole('button', { name: 'Déverrouiller' })).toBeInViewport();
  await unlock(page, 'Camille', '1111');
  // With an error shown, the unlock button must still be on screen.
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Déverrouiller' })).toBeInViewport();
  await shoot('small-lock-error');
  await unlock(page, 'Camille', '2468');
  for (const [link, name] of SCREENS) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await sidewaysOverflow(page), `${link} scrolls sideways`).toBeLessThanOrEqual(0);
    await expectNoRawKeys(page);
    await shoot(name);
  }
});

test('a member’s page fits a 1024×640 window too', async ({ page, readySpace, shoot }) => {
  readySpace.relais('demo', '--years', '1');
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('gridcell').first().click();
  await expect(page.getByRole('region', { name: 'Formules' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await sidewaysOverflow(page), 'the member page scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoRawKeys(page);
  await shoot('small-member');
});
