/** A valid identity of the reference space, as a person would type it in the settings. */
export const IDENTITY = {
  name: 'Arrêt Minute',
  legalForm: 'association',
  address: '12 place de l’Église',
  postcode: '33500',
  city: 'Pomerol',
  inseeCode: '33330',
  siret: '12345678200010',
  rna: 'W332001234',
  email: 'bonjour@arret-minute.fr',
  phone: '05 57 51 00 00',
  website: '',
  vatNumber: '',
  logo: '',
};
