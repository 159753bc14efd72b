/**
 * Suggestions offered while typing the space's families, labels and services. They are values the
 * network reads as they are spelt in the national census, sent as typed: they are not translated.
 */
export const SUGGESTIONS = {
  families: ['Bureaux partagés / coworking', 'Atelier partagé / fablab', 'Lieu de médiation numérique', 'Tiers-lieu nourricier', 'Tiers-lieu culturel'],
  labels: ['mon autre BUREAU', 'Fabrique de territoire', 'France Services'],
  placeServices: ['Wi-Fi', 'Impression', 'Salle de réunion', 'Domiciliation', 'Cuisine partagée'],
} as const;

export type TagField = keyof typeof SUGGESTIONS;
