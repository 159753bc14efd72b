/** Communes around Pomerol (Gironde) where the demonstration's members live, and how far they are. */
export const DEMO_COMMUNES = [
  { city: 'Pomerol', postcode: '33500', inseeCode: '33330', kmToSpace: 1, weight: 6 },
  { city: 'Libourne', postcode: '33500', inseeCode: '33243', kmToSpace: 4, weight: 20 },
  { city: 'Lalande-de-Pomerol', postcode: '33500', inseeCode: '33222', kmToSpace: 3, weight: 6 },
  { city: 'Saint-Émilion', postcode: '33330', inseeCode: '33394', kmToSpace: 7, weight: 8 },
  { city: 'Fronsac', postcode: '33126', inseeCode: '33174', kmToSpace: 7, weight: 5 },
  { city: 'Saint-Denis-de-Pile', postcode: '33910', inseeCode: '33393', kmToSpace: 10, weight: 6 },
  { city: 'Coutras', postcode: '33230', inseeCode: '33138', kmToSpace: 19, weight: 5 },
  { city: 'Castillon-la-Bataille', postcode: '33350', inseeCode: '33108', kmToSpace: 17, weight: 4 },
  { city: 'Izon', postcode: '33450', inseeCode: '33207', kmToSpace: 17, weight: 3 },
  { city: 'Guîtres', postcode: '33230', inseeCode: '33198', kmToSpace: 16, weight: 3 },
] as const;

/** Where people from here usually worked before: mostly Bordeaux. */
export const DEMO_WORKPLACES_KM = [30, 35, 38, 42, 45, 55, 25, 60];
