/** Printed and electronic forms of an issued invoice or credit note: the Factur-X XML and the PDF/A-3 that carries it. */
export { FACTURX_FILE_NAME, facturXml } from './facturx';
export type { InvoicePdfOptions } from './pdf';
export { invoiceFileName, invoicePdf } from './pdf';
