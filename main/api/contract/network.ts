import * as z from 'zod';
import { ExportFile } from '../../domain/accounting/schema';
import { NetworkReport } from '../../domain/network/report-schema';
import { EconomicFigures, NetworkPeriodInput, NetworkSending, NetworkSettings } from '../../domain/network/schema';
import { ADMIN, method, TREASURY } from '../define';
import type { MethodSpec } from '../define';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const networkContract = {
  'settings.updateNetwork': method({
    summary: 'Set the identity card the network asks for, the sections shared, the threshold k, and where and how reports are sent',
    input: NetworkSettings,
    output: NetworkSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'network.report': method({
    summary: 'The anonymised report of a calendar year or quarter exactly as it would leave: the report, its JSON and CSV texts, its SHA-256',
    input: NetworkPeriodInput,
    output: z.strictObject({
      report: NetworkReport,
      json: z.string(),
      csv: z.string(),
      sha256: Sha256,
      jsonFileName: z.string(),
      csvFileName: z.string(),
    }),
    roles: TREASURY,
  }),
  'network.export': method({
    summary: 'The network report saved to a file: the JSON, and the long CSV beside it',
    input: NetworkPeriodInput,
    output: ExportFile.extend({ sha256: Sha256, beside: z.array(ExportFile) }),
    roles: TREASURY,
    audit: 'network_exported',
    cli: { command: 'export network', writesFile: true },
  }),
  'network.send': method({
    summary: 'POST the report to the URL of Réglages › Réseau (never automatically); logged, with the answer',
    input: NetworkPeriodInput.extend({
      /** The SHA-256 of the report previewed: refused if the report changed since. */
      sha256: Sha256.optional(),
    }),
    output: z.strictObject({ sending: NetworkSending }),
    roles: TREASURY,
    audit: 'network_sent',
    deferred: true,
    cli: { command: 'network send' },
  }),
  'network.sendings': method({
    summary: 'What was sent to the network, when, by whom, and how it went; newest first',
    input: z.strictObject({}),
    output: z.array(NetworkSending),
    roles: TREASURY,
    cli: { command: 'network log' },
  }),
  'network.figures': method({
    summary: 'The economic figures of a year typed by hand (grants, paid staff, volunteers)',
    input: z.strictObject({ year: EconomicFigures.shape.year }),
    output: EconomicFigures,
    roles: TREASURY,
  }),
  'network.setFigures': method({
    summary: 'Type the economic figures of a year (grants, paid staff in FTE, volunteers); null: not given',
    input: EconomicFigures,
    output: EconomicFigures,
    roles: TREASURY,
    audit: 'settings_changed',
  }),
} satisfies Record<string, MethodSpec>;
