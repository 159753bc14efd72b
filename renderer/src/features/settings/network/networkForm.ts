import type { TFunction } from 'i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../../main/api/contract';

export type NetworkSettings = OutputOf<'settings.get'>['network'];
/** As typed: the numbers are text until they are checked. */
export type Values = Omit<NetworkSettings, 'surfaceM2' | 'k' | 'timeoutSeconds'> & { surfaceM2: string; k: string; timeoutSeconds: string };

/** Every field of the form, to place the server's field errors beside them. */
export const FIELDS = ['networkId', 'censusId', 'families', 'labels', 'placeServices', 'surfaceM2', 'k', 'url', 'token', 'timeoutSeconds'] as const;

/** Tags as the contract bounds them: at most 20, of at most 80 characters. */
export const TAG_LIMITS = { count: 20, length: 80 } as const;

const digits = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '');

export const toValues = (network: NetworkSettings): Values => ({
  ...network,
  surfaceM2: network.surfaceM2 === null ? '' : String(network.surfaceM2),
  k: String(network.k),
  timeoutSeconds: String(network.timeoutSeconds),
});

export const toInput = (values: Values): NetworkSettings => ({
  ...values,
  surfaceM2: digits(values.surfaceM2) === '' ? null : Number(digits(values.surfaceM2)),
  k: Number(digits(values.k)),
  timeoutSeconds: Number(digits(values.timeoutSeconds)),
});

/** Checks made before sending: the numbers are whole numbers (the server checks their range). */
export function valuesSchema(t: TFunction) {
  const whole = (optional: boolean) => z.string().refine((text) => (optional && digits(text) === '') || /^\d{1,6}$/.test(digits(text)), { error: t('forms.whole_number') });
  return z.looseObject({ surfaceM2: whole(true), k: whole(false), timeoutSeconds: whole(false) });
}
