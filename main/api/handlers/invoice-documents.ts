import { documentOf } from '../../domain/invoicing/documents';
import { facturXml, invoiceFileName, invoicePdf } from '../../domain/invoicing/document';
import { readSection } from '../../domain/settings/store';
import type { invoicesContract } from '../contract/invoices';
import { later } from '../later';
import { refOf } from './invoices';
import type { HandlersFor } from './types';

type DocumentMethods = Pick<typeof invoicesContract, 'invoices.pdf' | 'invoices.xml'>;

/** The documents of an issued invoice: read in the transaction, the PDF built after it. */
export const invoiceDocumentHandlers: HandlersFor<DocumentMethods> = {
  'invoices.pdf': (ctx, ref) => {
    const document = documentOf(ctx.db, refOf(ctx.db, ref));
    const { logo } = readSection(ctx.db, 'identity');
    return later(async () => ({ fileName: invoiceFileName(document), base64: Buffer.from(await invoicePdf(document, { logo })).toString('base64') }));
  },
  'invoices.xml': (ctx, ref) => {
    const document = documentOf(ctx.db, refOf(ctx.db, ref));
    return { fileName: `${document.number}-factur-x.xml`, base64: Buffer.from(facturXml(document), 'utf8').toString('base64') };
  },
};
