import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, unlock, type Space } from './fixtures';

// A Tuesday, so the dates shown do not depend on the day CI runs.
const TUESDAY = '2026-12-01T09:30:00+01:00';
const SENTENCE = 'Les plantes vertes sont arrosées chaque lundi par la personne qui ouvre.';
const DRAWING = { width: 300, height: 120, strokes: [[[10, 10], [60, 40], [120, 20], [180, 60]]] };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function addMember(space: Space, firstName: string, lastName: string): number {
  space.relais('members', 'add', '--first-name', firstName, '--last-name', lastName, '--profile', 'independent');
  return space.query<{ id: number }>('SELECT id FROM members WHERE first_name = ? AND last_name = ?', firstName, lastName)[0]!.id;
}

/** A member signs the version in force at the desk (through the command, as the pad would). */
function sign(space: Space, memberId: number, version: number): void {
  space.relais('call', 'charter.signAtDesk', JSON.stringify({ memberId, version, drawing: DRAWING, png: PNG }));
}

async function openCharter(page: Page, space: Space, name = 'Camille', pin = '2468'): Promise<void> {
  await openAt(page, space, TUESDAY, name, pin);
  await page.getByRole('link', { name: 'Charte', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Charte', level: 1, exact: true })).toBeVisible();
}

test('an admin edits the charter into version 2 without asking for new signatures, compares it, and sees who must sign', async ({ page, readySpace, shoot }) => {
  addMember(readySpace, 'Léa', 'Martin');
  const jean = addMember(readySpace, 'Jean', 'Dupont');
  sign(readySpace, jean, 1);
  await openCharter(page, readySpace);

  // « Texte en vigueur »: version 1, the default text shipped with Relais.
  await expect(page.getByRole('tab', { name: 'Texte en vigueur' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Charte de vie commune' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'À propos de cette version' });
  await expect(facts).toContainText(/Version 1 du \d\d\/\d\d\/\d{4}, par Relais/);
  await expect(facts).toContainText('Signature demandée à tous les membres');
  const [first] = readySpace.query<{ sha256: string; text: string }>('SELECT sha256, text FROM charter_versions WHERE number = 1');
  await expect(facts).toContainText(first!.sha256);
  await expectNoRawKeys(page);

  // « Modifier »: an unchanged text is refused beside the field, in French.
  await page.getByRole('tab', { name: 'Modifier' }).click();
  const text = page.getByRole('textbox', { name: 'Texte de la charte (Markdown)' });
  await expect(text).toHaveValue(first!.text);
  await page.getByRole('button', { name: 'Enregistrer la version 2' }).click();
  await page.getByRole('dialog', { name: /Enregistrer la version 2/ }).getByRole('button', { name: 'Enregistrer la version 2' }).click();
  await expect(page.getByText(/Le texte est identique à la version 1/)).toBeVisible();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await shoot('charter-refused');

  await text.fill(`${first!.text}\n\n${SENTENCE}`);
  await expect(page.getByRole('region', { name: 'Aperçu' })).toContainText(SENTENCE);
  // A draft is not lost by a click on another screen.
  await page.getByRole('link', { name: 'Membres', exact: true }).click();
  await page.getByRole('dialog', { name: 'Modifications non enregistrées' }).getByRole('button', { name: 'Rester sur l’écran' }).click();
  await expect(text).toHaveValue(`${first!.text}\n\n${SENTENCE}`);

  const resign = page.getByLabel('Demander une nouvelle signature à tous les membres');
  await expect(resign).toBeChecked();
  await resign.uncheck();
  await page.getByLabel('Ce qui change').fill('Arrosage des plantes');
  await shoot('charter-edit');
  await page.getByRole('button', { name: 'Enregistrer la version 2' }).click();
  const confirm = page.getByRole('dialog', { name: /Enregistrer la version 2/ });
  await expect(confirm).toContainText('n’auront pas à signer de nouveau');
  await shoot('charter-confirm');
  await confirm.getByRole('button', { name: 'Enregistrer la version 2' }).click();

  await expect(page.getByText('Version 2 enregistrée')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Texte en vigueur' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Texte en vigueur' })).toBeFocused();
  await expect(facts).toContainText('Version 2 du 01/12/2026, par Camille');
  await expect(facts).toContainText('Sans nouvelle signature');
  await expect(facts).toContainText(/Ce qui change\s*:\s*Arrosage des plantes/);
  await expect(page.getByRole('article', { name: 'Texte de la charte' })).toContainText(SENTENCE);
  expect(readySpace.query('SELECT number, requires_signature, note, author FROM charter_versions ORDER BY number')).toEqual([
    { number: 1, requires_signature: 1, note: '', author: 'Relais' },
    { number: 2, requires_signature: 0, note: 'Arrosage des plantes', author: 'Camille' },
  ]);
  // The editor starts again from the text in force, and proposes the next number.
  await page.getByRole('tab', { name: 'Modifier' }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer la version 3' })).toBeVisible();

  // « Historique »: both versions, and the sentence marked as added between 1 and 2.
  await page.getByRole('tab', { name: 'Historique' }).click();
  const versions = page.getByRole('table', { name: 'Versions de la charte' });
  await expect(versions.getByRole('row', { name: /Camille/ })).toContainText(/2\s*en vigueur.*Arrosage des plantes\s*Non\s*0/);
  await expect(versions.getByRole('row', { name: /Relais/ })).toContainText(/Oui\s*1$/);
  await expect(page.getByRole('combobox', { name: /Comparer la version/ })).toContainText('Version 1 du');
  await expect(page.getByRole('combobox', { name: /avec la version/ })).toContainText('Version 2 du 01/12/2026');
  const diff = page.getByRole('region', { name: 'Différences entre les versions 1 et 2' });
  await expect(diff.getByRole('insertion').filter({ hasText: SENTENCE })).toBeVisible();
  await expect(diff.getByRole('deletion')).toHaveCount(0);
  // Only the passages around a change at first; the whole text on demand.
  await expect(diff).toContainText(/\d+ lignes sans changement/);
  await expect(diff).not.toContainText('## Bienvenue');
  await shoot('charter-history');
  await page.getByLabel('Montrer tout le texte').check();
  await expect(diff).toContainText('## Bienvenue');
  await expect(diff).not.toContainText('sans changement');
  // The other way round, the sentence is what was removed.
  await page.getByRole('combobox', { name: /Comparer la version/ }).click();
  await page.getByRole('option', { name: 'Version 2 du 01/12/2026' }).click();
  await page.getByRole('combobox', { name: /avec la version/ }).click();
  await page.getByRole('option', { name: /Version 1 du/ }).click();
  const reverse = page.getByRole('region', { name: 'Différences entre les versions 2 et 1' });
  await expect(reverse.getByRole('deletion').filter({ hasText: SENTENCE })).toBeVisible();

  // « Signatures »: version 2 asked for none, so Jean (who signed 1) is up to date; Léa never signed.
  await page.getByRole('tab', { name: 'Signatures' }).click();
  await expect(page.getByText('1 à jour · 1 doit signer')).toBeVisible();
  const only = page.getByLabel('Seulement ceux qui doivent signer');
  await expect(only).toBeChecked();
  const grid = page.getByRole('grid', { name: 'Signatures des membres' });
  await expect(grid.getByRole('row', { name: /Léa Martin/ })).toContainText(/Jamais signée.*Doit signer/);
  await expect(grid.getByRole('row', { name: /Jean Dupont/ })).toHaveCount(0);
  await only.uncheck();
  await expect(grid.getByRole('row', { name: /Jean Dupont/ })).toContainText(/Version 1.*À jour/);
  await shoot('charter-signatures');
  await expectNoRawKeys(page);
  await grid.getByRole('link', { name: 'Léa Martin' }).click();
  await expect(page.getByRole('heading', { name: 'Léa Martin', level: 1 })).toBeVisible();
});

test('the welcome desk reads the charter but has no editor; empty history and list say so', async ({ page, readySpace, shoot }) => {
  readySpace.relais('staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '1357');
  await openCharter(page, readySpace, 'Lou', '1357');
  await expect(page.getByRole('tab')).toHaveText(['Texte en vigueur', 'Historique', 'Signatures']);
  await expect(page.getByRole('heading', { name: 'Charte de vie commune' })).toBeVisible();
  // Tabs are reached with the keyboard: arrows move between them.
  await page.getByRole('tab', { name: 'Texte en vigueur' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Historique' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/qu’une version de la charte/)).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await shoot('charter-history-one');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Aucun membre actif pour l’instant/)).toBeVisible();
  await shoot('charter-signatures-empty');
  await expectNoRawKeys(page);
});

test('with a year of demonstration data, each tab reads well on the desk’s screen', async ({ page, readySpace, shoot }) => {
  readySpace.relais('demo', '--years', '1');
  const active = readySpace.query<{ id: number }>("SELECT id FROM members WHERE status = 'active' ORDER BY id").map((row) => row.id);
  expect(active.length).toBeGreaterThan(12);
  // Ten signed version 1; version 2 asks again; four of them have signed it since.
  for (const id of active.slice(0, 10)) sign(readySpace, id, 1);
  const [first] = readySpace.query<{ text: string }>('SELECT text FROM charter_versions WHERE number = 1');
  const text = first!.text.replace('Mettez votre téléphone en mode silencieux en entrant.', 'Passez votre téléphone en mode silencieux dès l’entrée.');
  readySpace.relais('call', 'charter.save', JSON.stringify({ text, requiresSignature: true, note: 'Téléphone en silencieux dès l’entrée' }));
  for (const id of active.slice(0, 4)) sign(readySpace, id, 2);

  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Charte', exact: true }).click();
  const noSidewaysScroll = async () => expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('region', { name: 'À propos de cette version' })).toContainText('Version 2 du');
  await noSidewaysScroll();
  await shoot('charter-demo-text');

  await page.getByRole('tab', { name: 'Modifier' }).click();
  await expect(page.getByRole('region', { name: 'Aperçu' })).toContainText('Passez votre téléphone');
  await noSidewaysScroll();
  await shoot('charter-demo-edit');

  await page.getByRole('tab', { name: 'Historique' }).click();
  const diff = page.getByRole('region', { name: 'Différences entre les versions 1 et 2' });
  await expect(diff.getByRole('deletion').first()).toBeVisible();
  await expect(diff.getByRole('insertion').first()).toBeVisible();
  await noSidewaysScroll();
  await shoot('charter-demo-history');

  await page.getByRole('tab', { name: 'Signatures' }).click();
  await expect(page.getByText(`4 à jour · ${active.length - 4} doivent signer`)).toBeVisible();
  await expect(page.getByText('Chaque membre actif doit avoir signé la version 2 ou une plus récente.')).toBeVisible();
  await noSidewaysScroll();
  await expectNoRawKeys(page);
  await shoot('charter-demo-signatures');
});
