import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { valueLabel } from '../../i18n';
import { nationalPhone } from '../settings/phone';
import { readSection } from '../settings/store';
import type { Buyer, Seller, VatTerms } from './schema';

/** The association as its documents print it; issuing needs at least its name and address. */
export function sellerNow(db: Db): Seller {
  const identity = readSection(db, 'identity');
  const invoicing = readSection(db, 'invoicing');
  const vat = readSection(db, 'vat');
  // The mentions CGI ann. II art. 242 nonies A requires of the seller, and the VAT number once VAT is charged.
  if ([identity.name, identity.address, identity.postcode, identity.city, identity.siret].includes('') || (vat.regime === 'assujetti' && identity.vatNumber === '')) {
    throw new Refusal('errors.invoicing.seller_incomplete', {}, { field: 'identity' });
  }
  const { name, address, postcode, city, siret, rna, vatNumber, email, website } = identity;
  // As printed: « association loi 1901 », « 05 57 51 00 00 ».
  const legalForm = valueLabel('fr', 'legalForm', identity.legalForm);
  return { name, legalForm, address, postcode, city, siret, rna, vatNumber, email, phone: nationalPhone(identity.phone), website, iban: invoicing.iban, bic: invoicing.bic };
}

export function vatTermsNow(db: Db): VatTerms {
  const vat = readSection(db, 'vat');
  const invoicing = readSection(db, 'invoicing');
  const exemptionWording = vat.regime === 'franchise' ? vat.franchiseWording : vat.regime === 'exoneration' ? vat.exonerationWording : '';
  return {
    regime: vat.regime,
    exemptionWording,
    optionDebits: vat.regime === 'assujetti' && vat.optionDebits,
    latePenalty: invoicing.latePenalty,
    recoveryIndemnityCents: 4000,
    footer: vat.invoiceFooter,
  };
}

/** The member, or the organisation billed in their name (then a business buyer). */
export function buyerOf(db: Db, memberId: number, organisationId: number | null): Buyer {
  if (organisationId !== null) {
    const org = sql(db, 'SELECT name, siren, address FROM organisations WHERE id = ?').get(organisationId) as { name: string; siren: string; address: string } | undefined;
    if (org) return { name: org.name, address: org.address, postcode: '', city: '', siren: org.siren, business: true, email: memberEmail(db, memberId) };
  }
  const member = sql(db, 'SELECT first_name AS firstName, last_name AS lastName, address, postcode, city, email, anonymised_at AS anonymisedAt FROM members WHERE id = ?').get(memberId) as {
    firstName: string;
    lastName: string;
    address: string;
    postcode: string;
    city: string;
    email: string;
    anonymisedAt: string | null;
  };
  if (member.anonymisedAt !== null) throw new Refusal('errors.invoicing.buyer_anonymised', {}, { field: 'memberId' });
  return { name: `${member.firstName} ${member.lastName}`, address: member.address, postcode: member.postcode, city: member.city, siren: '', business: false, email: member.email };
}

function memberEmail(db: Db, memberId: number): string {
  return (sql(db, 'SELECT email FROM members WHERE id = ?').pluck().get(memberId) as string | undefined) ?? '';
}
