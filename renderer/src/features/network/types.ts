import type { OutputOf } from '../../../../main/api/contract';

/** What `network.report` answers: the report and its texts exactly as they would leave. */
export type ReportAnswer = OutputOf<'network.report'>;
export type Report = ReportAnswer['report'];
export type Sending = OutputOf<'network.sendings'>[number];

/** The sections a space chooses to share, in the order the report lists them. */
export const SECTIONS = ['lieu', 'frequentation', 'usagers_par_profil', 'evenements', 'creation_activite', 'economie', 'mobilite'] as const satisfies readonly Report['confidentialite']['sections_non_partagees'][number][];
export type SectionName = (typeof SECTIONS)[number];

/** A calendar year, or one of its quarters. */
export interface Period {
  year: number;
  quarter?: number;
}

/** The report three ways: readable tables, the JSON that is posted, the CSV saved beside it. */
export const VIEWS = ['tables', 'json', 'csv'] as const;
export type View = (typeof VIEWS)[number];

/**
 * What came of the last save or send, shown under the buttons until the next one; kept untranslated
 * so that it follows a change of language.
 */
export type Outcome = { severity: 'success'; key: string; params: Record<string, string | number> } | { severity: 'error'; error: unknown };
