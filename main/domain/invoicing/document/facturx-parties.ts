import type { Buyer, Seller } from '../schema';
import { sirenOf } from './format';
import type { XmlElement } from './xml';
import { el } from './xml';

/** ISO 6523 scheme of the SIREN (INSEE), for legal registration identifiers (BT-30, BT-47). */
const SIREN_SCHEME = '0002';
/** Electronic address scheme for an e-mail address (BT-34, BT-49). */
const EMAIL_SCHEME = 'EM';

/** BG-4 Seller: name, legal form, SIREN, contact, address, e-mail, VAT number. */
export function sellerParty(seller: Seller): XmlElement {
  const siren = sirenOf(seller.siret);
  return el('ram:SellerTradeParty', [
    seller.rna.trim() && el('ram:ID', seller.rna.trim()),
    el('ram:Name', seller.name),
    seller.legalForm.trim() && el('ram:Description', seller.legalForm.trim()),
    siren && el('ram:SpecifiedLegalOrganization', el('ram:ID', siren, { schemeID: SIREN_SCHEME })),
    contact(seller),
    postalAddress(seller),
    seller.email.trim() && el('ram:URIUniversalCommunication', el('ram:URIID', seller.email.trim(), { schemeID: EMAIL_SCHEME })),
    taxRegistration(seller.vatNumber, siren),
  ]);
}

/** BG-7 Buyer: name, SIREN when known, address, e-mail. */
export function buyerParty(buyer: Buyer): XmlElement {
  const siren = sirenOf(buyer.siren);
  return el('ram:BuyerTradeParty', [
    el('ram:Name', buyer.name),
    siren && el('ram:SpecifiedLegalOrganization', el('ram:ID', siren, { schemeID: SIREN_SCHEME })),
    postalAddress(buyer),
    buyer.email.trim() && el('ram:URIUniversalCommunication', el('ram:URIID', buyer.email.trim(), { schemeID: EMAIL_SCHEME })),
  ]);
}

function contact(seller: Seller): XmlElement | null {
  const phone = seller.phone.trim();
  const email = seller.email.trim();
  if (!phone && !email) return null;
  return el('ram:DefinedTradeContact', [
    phone && el('ram:TelephoneUniversalCommunication', el('ram:CompleteNumber', phone)),
    email && el('ram:EmailURIUniversalCommunication', el('ram:URIID', email)),
  ]);
}

/**
 * BT-31 the VAT number; without one, the SIREN as tax registration (BT-32, scheme FC): an exempt or franchise invoice
 * must name one of the two (BR-E-02), and the SIREN is what the French tax office knows the association by.
 */
function taxRegistration(vatNumber: string, siren: string): XmlElement | null {
  const vat = vatNumber.replace(/\s+/g, '');
  if (vat) return el('ram:SpecifiedTaxRegistration', el('ram:ID', vat, { schemeID: 'VA' }));
  return siren ? el('ram:SpecifiedTaxRegistration', el('ram:ID', siren, { schemeID: 'FC' })) : null;
}

/** The address as typed (up to three lines), in France: the documents have no country field. */
function postalAddress(party: { address: string; postcode: string; city: string }): XmlElement {
  const lines = party.address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const rest = lines.slice(2).join(', ');
  return el('ram:PostalTradeAddress', [
    party.postcode.trim() && el('ram:PostcodeCode', party.postcode.trim()),
    lines[0] && el('ram:LineOne', lines[0]),
    lines[1] && el('ram:LineTwo', lines[1]),
    rest && el('ram:LineThree', rest),
    party.city.trim() && el('ram:CityName', party.city.trim()),
    el('ram:CountryID', 'FR'),
  ]);
}
