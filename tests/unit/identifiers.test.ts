import { describe, expect, it } from 'vitest';
import { compactIdentifier, isValidRna, isValidSiren, isValidSiret, isValidSirenOrSiret, isValidVatNumber, sirenOf } from '../../main/domain/settings/identifiers';

describe('French identifiers', () => {
  it('checks SIREN and SIRET keys (Luhn)', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSirenOrSiret('732829320')).toBe(true);
    expect(isValidSirenOrSiret('73282932000074')).toBe(true);
    expect(sirenOf('73282932000074')).toBe('732829320');
  });

  it('accepts La Poste establishments, whose SIRETs follow a digit-sum rule', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // the head office passes the Luhn key
    expect(isValidSiret('35600000000010')).toBe(true); // digit sum 15, not Luhn
    expect(isValidSiret('35600000000011')).toBe(false);
    expect(isValidSiret('73282932000010')).toBe(false); // the digit-sum rule is La Poste's alone
  });

  it('reads RNA numbers, Corsica included', () => {
    expect(isValidRna('W332001234')).toBe(true);
    expect(isValidRna('W2A1001234')).toBe(true);
    expect(isValidRna('W33200123')).toBe(false);
    expect(isValidRna('X332001234')).toBe(false);
  });

  it('checks the key of a French intra-EU VAT number', () => {
    expect(isValidVatNumber('FR11123456782')).toBe(true);
    expect(isValidVatNumber('FR12123456782')).toBe(false);
    expect(isValidVatNumber('FRA1123456782')).toBe(true); // a letter key cannot be checked
    expect(isValidVatNumber('DE123456789')).toBe(false);
  });

  it('forgives the spaces, dots and dashes people type', () => {
    expect(compactIdentifier(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(compactIdentifier('w33-200.1234')).toBe('W332001234');
  });
});
