import * as z from 'zod';
import { Tariff, UpdateTariffsInput } from '../../domain/tariffs/schema';
import { ADMIN, ALL_STAFF, method } from '../define';

export const tariffsContract = {
  'tariffs.list': method({
    summary: 'The price list (excluding VAT, in cents)',
    input: z.strictObject({}),
    output: z.array(Tariff),
    roles: ALL_STAFF,
    cli: { command: 'tariffs list' },
  }),
  'tariffs.update': method({
    summary: 'Change labels and prices',
    input: UpdateTariffsInput,
    output: z.array(Tariff),
    roles: ADMIN,
    audit: 'tariffs_changed',
  }),
};
