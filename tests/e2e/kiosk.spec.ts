import type { Locator, Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, test, type Space } from './fixtures';

// A Tuesday the space is open, so the test does not depend on the day CI runs.
const TUESDAY_MORNING = '2026-12-01T09:05:00+01:00';

test.use({ hasTouch: true });

async function openKiosk(page: Page, space: Space): Promise<void> {
  await openAt(page, space, TUESDAY_MORNING);
  await page.getByRole('button', { name: 'Mode borne' }).click();
  await page.getByRole('dialog', { name: 'Passer en mode borne ?' }).getByRole('button', { name: 'Passer en mode borne' }).click();
  await expect(page.getByRole('heading', { name: /Bienvenue à/ })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

/**
 * A finger on the screen: real touch events through the DevTools protocol, as a tablet sends them
 * (the drawing and the taps that follow it go through the same session, as one hand would).
 */
async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  return {
    async draw(target: Locator): Promise<void> {
      const box = await target.boundingBox();
      if (!box) throw new Error('nothing to draw on');
      const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
      await touch('touchStart', ...at(0.15, 0.6));
      const path = (step: number) => at(0.15 + (step / 24) * 0.6, 0.6 - Math.sin((step / 24) * Math.PI * 3) * 0.25);
      for (let step = 1; step <= 24; step += 1) await touch('touchMove', ...path(step));
      // The finger rests before lifting, as a hand does; lifted while moving, it would start a fling
      // that swallows the next tap.
      await page.waitForTimeout(200);
      await touch('touchMove', ...path(24));
      await touch('touchEnd');
    },
    async tap(target: Locator): Promise<void> {
      await expect(target).toBeEnabled();
      const box = await target.boundingBox();
      if (!box) throw new Error('nothing to tap');
      await touch('touchStart', box.x + box.width / 2, box.y + box.height / 2);
      await touch('touchEnd');
    },
  };
}

async function signWithFinger(page: Page, beforeConfirming: () => Promise<void>): Promise<void> {
  const hand = await finger(page);
  const confirm = page.getByRole('button', { name: 'Je signe' });
  await expect(confirm).toBeDisabled();
  await hand.draw(page.getByRole('img', { name: 'Cadre de signature' }));
  await beforeConfirming();
  await hand.tap(confirm);
}

async function readToTheEnd(page: Page): Promise<void> {
  const sign = page.getByRole('button', { name: 'J’ai lu la charte, je signe' });
  await expect(sign).toBeDisabled();
  const text = page.getByLabel('Texte de la charte');
  await text.hover();
  for (let i = 0; i < 30 && (await sign.isDisabled()); i += 1) await page.mouse.wheel(0, 600);
  await expect(sign).toBeEnabled();
  await sign.tap();
}

test('a newcomer registers at the kiosk, reads and signs the charter, checks in; leaving needs a staff PIN', async ({ page, readySpace, shoot }) => {
  await openKiosk(page, readySpace);
  await shoot('kiosk-welcome');
  await page.getByRole('button', { name: 'Je suis nouveau ou nouvelle' }).tap();
  await page.getByLabel('Prénom').fill('Anaïs');
  await page.getByLabel(/^Nom/).fill('Lefèvre');
  await page.getByRole('button', { name: 'Continuer' }).tap();
  // Nothing is written until the form is complete; each missing piece is named at its field.
  await expect(page.getByText('Choisissez ce qui vous décrit le mieux.')).toBeVisible();
  await expect(page.getByText('Cochez la case pour accepter la notice sur la protection des données.')).toBeVisible();
  await page.getByRole('button', { name: 'Étudiant·e' }).tap();
  await page.getByLabel(/J’ai lu cette notice/).check();
  await page.getByRole('button', { name: 'Continuer' }).tap();
  await expect(page.getByText('Indiquez une adresse e-mail ou un numéro de téléphone.')).toBeVisible();
  await shoot('kiosk-register-refused');
  expect(readySpace.query('SELECT id FROM members')).toEqual([]);
  await page.getByLabel('E-mail').fill('anais.lefevre@exemple.fr');
  await shoot('kiosk-register');
  await page.getByRole('button', { name: 'Continuer' }).tap();

  // Each new step is announced: the focus moves to its title.
  await expect(page.getByRole('heading', { name: 'Anaïs L., voici notre charte de vie commune' })).toBeFocused();
  await expect(page.getByLabel('Texte de la charte')).toContainText('La ligne téléphonique partagée');
  await shoot('kiosk-read');
  await readToTheEnd(page);

  await expect(page.getByText('Je soussigné·e Anaïs L. déclare avoir lu la charte de vie commune (version 1)')).toBeVisible();
  await signWithFinger(page, () => shoot('kiosk-sign'));
  await expect(page.getByText('Merci ! Votre signature est enregistrée.')).toBeVisible();
  await page.getByRole('button', { name: 'J’arrive' }).tap();
  await expect(page.getByRole('heading', { name: 'Bienvenue Anaïs L., votre arrivée est enregistrée.' })).toBeVisible();
  await expect(page.getByText('Pas de réservation aujourd’hui')).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('kiosk-done');

  const [signature] = readySpace.query<{ method: string; version: number; svg: string; png: Buffer; email: string; accepted: string }>(
    `SELECT s.method, s.version, d.svg, d.png, m.email, m.privacy_accepted_at AS accepted
       FROM charter_signatures s JOIN charter_signature_drawings d ON d.signature_id = s.id JOIN members m ON m.id = s.member_id`,
  );
  expect(signature).toMatchObject({ method: 'kiosk', version: 1, email: 'anais.lefevre@exemple.fr', accepted: '2026-12-01T09:05:00+01:00' });
  expect(signature?.svg).toMatch(/<path d="M [\d.]+ [\d.]+ Q/);
  expect(signature?.png.subarray(1, 4).toString()).toBe('PNG');
  expect(readySpace.query('SELECT date, arrived_at FROM attendances')).toEqual([{ date: '2026-12-01', arrived_at: '2026-12-01T09:05:00+01:00' }]);

  // The page's own credentials reach nothing but the kiosk's steps.
  const refused = await page.evaluate(async () => {
    const headers = { 'content-type': 'application/json', 'x-relais-token': sessionStorage.getItem('relais.token') ?? '', 'x-relais-session': sessionStorage.getItem('relais.session') ?? '' };
    const response = await fetch('/api/members.list', { method: 'POST', headers, body: '{}' });
    return (await response.json()) as { ok: boolean; error?: { code: string } };
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  await page.getByRole('button', { name: 'Terminer' }).tap();
  await page.getByRole('button', { name: 'Quitter la borne' }).click();
  const exit = page.getByRole('dialog', { name: 'Quitter la borne' });
  await exit.getByLabel('Membre de l’équipe').click();
  await page.getByRole('option', { name: 'Camille' }).click();
  await exit.getByLabel('Code PIN').fill('1111');
  await exit.getByRole('button', { name: 'Quitter la borne' }).click();
  await expect(exit.getByRole('alert')).toContainText('Code PIN incorrect');
  await shoot('kiosk-exit-refused');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await exit.getByLabel('Code PIN').fill('2468');
  await exit.getByRole('button', { name: 'Quitter la borne' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(readySpace.query<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('kiosk_opened', 'kiosk_closed', 'sign_in_failed') ORDER BY id").map((row) => row.action)).toEqual([
    'kiosk_opened',
    'sign_in_failed',
    'kiosk_closed',
  ]);
});

test.describe('on a portrait tablet', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('a member finds their name, signs, checks in and sees today’s booking', async ({ page, readySpace, shoot }) => {
    readySpace.relais('call', 'members.add', JSON.stringify({ firstName: 'Hélène', lastName: 'Durand', email: 'helene.durand@exemple.fr', profile: 'independent' }));
    readySpace.relais('book', '--member', '1', '--seat', 'A4', '--date', '2026-12-01', '--slot', 'day', '--channel', 'phone');
    await openKiosk(page, readySpace);
    await page.getByLabel('Votre prénom ou votre nom').fill('he');
    await shoot('kiosk-portrait-find');
    await page.getByRole('listitem').filter({ hasText: 'Hélène D.' }).tap();
    await readToTheEnd(page);
    await signWithFinger(page, () => shoot('kiosk-portrait-sign'));
    await page.getByRole('button', { name: 'J’arrive' }).tap();
    await expect(page.getByText('Poste A4, toute la journée')).toBeVisible();
    await shoot('kiosk-portrait-done');
    expect(readySpace.query("SELECT status FROM bookings")).toEqual([{ status: 'attended' }]);
    // Each kiosk button is large enough for a finger (at least 48 px high).
    for (const button of await page.getByRole('button').all()) {
      const box = await button.boundingBox();
      if (box) expect(box.height, await button.innerText()).toBeGreaterThanOrEqual(48);
    }
  });
});
