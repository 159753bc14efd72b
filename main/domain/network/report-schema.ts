import * as z from 'zod';
import type { LEGAL_FORMS } from '../settings/schema';

/**
 * The report sent to the regional network, as it travels: French field names, since the network
 * reads them (DESIGN §5). Descriptions are the field-by-field documentation of the JSON Schema shipped
 * in `resources/network/`, which is generated from this file (`npm run network-schema`).
 */
export const REPORT_SCHEMA_VERSION = '1.0.0';
export const REPORT_SCHEMA_ID = `urn:relais:rapport-reseau:${REPORT_SCHEMA_VERSION}`;
/** ADEME, Base Empreinte: average private car, per vehicle-kilometre. */
export const CAR_KGCO2E_PER_KM = 0.2176;

/** Relais's legal forms as the report names them. */
export const LEGAL_FORM_CODES = {
  association: 'association',
  association_local: 'association_droit_local',
  scic: 'scic',
  scop: 'scop',
  sas: 'sas',
  sarl: 'sarl',
  ei: 'entreprise_individuelle',
  collectivite: 'collectivite',
  other: 'autre',
} as const satisfies Record<(typeof LEGAL_FORMS)[number], string>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Date au format AAAA-MM-JJ.' });
const secretNote = ' `null` quand la valeur est secrète (voir `confidentialite.cellules_secretes`).';
const people = (description: string) => z.int().min(0).nullable().meta({ description: description + secretNote });
const text = (description: string) => z.string().nullable().meta({ description: `${description} \`null\` si non renseigné.` });
const tags = (description: string) => z.array(z.string()).meta({ description });

export const Lieu = z
  .strictObject({
    nom: z.string().meta({ description: 'Nom du lieu (de l’association qui le porte).' }),
    forme_juridique: z
      .enum(Object.values(LEGAL_FORM_CODES))
      .meta({ description: 'Forme juridique de la structure porteuse.' }),
    siret: text('SIRET (14 chiffres) ou SIREN (9 chiffres) de la structure.'),
    rna: text('Numéro RNA de l’association (W suivi de 9 chiffres).'),
    code_postal: text('Code postal du lieu.'),
    commune: text('Commune du lieu.'),
    code_insee: text('Code officiel géographique (INSEE) de la commune du lieu.'),
    identifiant_reseau: text('Identifiant du lieu attribué par le réseau régional.'),
    identifiant_recensement: text('Identifiant du lieu au recensement national des tiers-lieux.'),
    familles: tags('Familles du tiers-lieu, ex. « Bureaux partagés / coworking ».'),
    labels: tags('Labels et réseaux, ex. « mon autre BUREAU ».'),
    services: tags('Services proposés, ex. « Wi-Fi », « Impression ».'),
    horaires: z.string().meta({ description: 'Horaires d’ouverture en syntaxe OpenStreetMap `opening_hours`, ex. `Mo-Fr 08:30-12:30,13:30-18:30`.' }),
    surface_m2: z.int().min(1).nullable().meta({ description: 'Surface du lieu en m² ; `null` si non renseignée.' }),
    postes_de_travail: z.int().min(0).meta({ description: 'Postes de travail en service (fixes, nomades, stagiaires), à la fin de la période.' }),
    salles_de_reunion: z.int().min(0).meta({ description: 'Salles réservables en service, à la fin de la période.' }),
    site_web: text('Site web du lieu.'),
  })
  .meta({ description: 'Fiche d’identité du lieu (champs alignés sur le recensement national et le schéma des lieux de médiation numérique là où ils se recoupent).' });

export const Periode = z
  .strictObject({
    type: z.enum(['annee', 'trimestre']).meta({ description: 'Une année civile ou l’un de ses trimestres.' }),
    annee: z.int().min(2000).max(2099).meta({ description: 'Année civile.' }),
    trimestre: z.int().min(1).max(4).nullable().meta({ description: 'Trimestre (1 : janvier–mars … 4 : octobre–décembre) ; `null` pour une année.' }),
    debut: Day.meta({ description: 'Premier jour de la période (AAAA-MM-JJ).' }),
    fin: Day.meta({ description: 'Dernier jour de la période (AAAA-MM-JJ).' }),
    jours_ouverts: z.int().min(0).meta({ description: 'Jours d’ouverture de la période (hors jours fériés et fermetures).' }),
  })
  .meta({ description: 'Période couverte par le rapport.' });

export const Frequentation = z
  .strictObject({
    postes_jours_utilises: z.number().min(0).multipleOf(0.5).meta({
      description: 'Postes-jours occupés : demi-journées de poste réservées ou tenues par un poste fixe, divisées par deux.',
    }),
    postes_jours_capacite: z.number().min(0).multipleOf(0.5).meta({ description: 'Postes-jours ouverts : demi-journées de poste en service les jours d’ouverture, divisées par deux.' }),
    taux_occupation_pct: z.number().min(0).meta({ description: 'Postes-jours occupés ÷ ouverts, en pourcentage à une décimale.' }),
    usagers_distincts: people('Personnes venues au moins une fois (pointage d’arrivée) dans la période.'),
    nouveaux_usagers: people('Personnes venues pour la première fois dans la période.'),
    usagers_reguliers: people('Personnes venues au moins 4 jours par mois de la période en moyenne (48 jours sur une année, 12 sur un trimestre).'),
  })
  .meta({ description: 'Fréquentation des postes de travail et des usagers.' });

export const PROFILE_CODES = {
  independent: 'independant',
  remote_employee: 'salarie_teletravail',
  business_creator: 'createur_entreprise',
  job_seeker: 'demandeur_emploi',
  student: 'etudiant',
  trainee: 'stagiaire',
  other: 'autre',
} as const;

export const UsagersParProfil = z
  .strictObject({
    total: people('Usagers distincts de la période (la somme des profils).'),
    independant: people('Indépendants, professions libérales.'),
    salarie_teletravail: people('Salariés en télétravail.'),
    createur_entreprise: people('Créateurs ou porteurs de projet d’entreprise.'),
    demandeur_emploi: people('Demandeurs d’emploi.'),
    etudiant: people('Étudiants.'),
    stagiaire: people('Stagiaires et personnes en formation.'),
    autre: people('Autres profils.'),
  })
  .meta({ description: 'Usagers distincts de la période selon le profil déclaré à l’inscription.' });

export const Evenements = z
  .strictObject({
    nombre: z.int().min(0).meta({ description: 'Événements organisés dans la période (ateliers, conférences, portes ouvertes…).' }),
    participants: people('Participants cumulés de ces événements (une personne venue à deux événements compte deux fois).'),
  })
  .meta({ description: 'Événements enregistrés par l’équipe.' });

export const CreationActivite = z
  .strictObject({
    creations_declarees: people('Usagers ayant déclaré avoir créé leur activité, à une date de la période.'),
  })
  .meta({ description: 'Créations d’activité déclarées par les usagers.' });

export const Economie = z
  .strictObject({
    chiffre_affaires_ht_centimes: z.int().nullable().meta({
      description: 'Chiffre d’affaires hors taxes en centimes : factures émises dans la période, moins les avoirs.' + secretNote,
    }),
    subventions_centimes: z.int().min(0).nullable().meta({ description: 'Subventions reçues dans l’année, en centimes, saisies à la main ; `null` si non renseigné ou pour un trimestre.' }),
    etp_salaries: z.number().min(0).nullable().meta({ description: 'Salariés en équivalents temps plein, saisis à la main ; `null` si non renseigné.' }),
    benevoles: z.int().min(0).nullable().meta({ description: 'Bénévoles actifs, saisis à la main ; `null` si non renseigné ou secret (voir `confidentialite`).' }),
  })
  .meta({ description: 'Chiffres économiques (facultatifs).' });

export const Mobilite = z
  .strictObject({
    estimation: z.literal(true).meta({ description: 'Toujours vrai : ces chiffres sont une estimation.' }),
    methode: z.string().meta({ description: 'Méthode de calcul, en clair.' }),
    facteur_kgco2e_par_km: z.number().meta({ description: 'Facteur d’émission utilisé, en kgCO2e par véhicule.km.' }),
    source_facteur: z.string().meta({ description: 'Source du facteur d’émission.' }),
    usagers_declarants: people('Usagers venus dans la période ayant déclaré, avec leur accord, un trajet habituel en voiture et ses distances.'),
    jours_comptes: z.int().min(0).nullable().meta({ description: 'Jours de présence de ces usagers pris en compte.' + secretNote }),
    km_evites: z.number().nullable().meta({ description: 'Kilomètres en voiture évités (à 0,1 km près ; négatif si les usagers font plus de route pour venir qu’ils n’en auraient fait pour aller travailler).' + secretNote }),
    kgco2e_evites: z.number().nullable().meta({ description: 'Émissions évitées en kgCO2e (à 0,1 kg près).' + secretNote }),
  })
  .meta({ description: 'Déplacements domicile-travail évités (estimation).' });

export const CelluleSecrete = z.strictObject({
  indicateur: z.string().meta({ description: 'Chemin de la valeur masquée, ex. `usagers_par_profil.etudiant`. La raison n’est pas donnée : elle permettrait de distinguer les petits effectifs.' }),
});

export const Confidentialite = z
  .strictObject({
    seuil_k: z.int().min(5).meta({ description: 'Seuil k : tout effectif de personnes de 1 à k − 1 est masqué.' }),
    regles: z.string().meta({ description: 'Les règles appliquées, en clair.' }),
    cellules_secretes: z.array(CelluleSecrete).meta({ description: 'Les valeurs masquées (`null` dans le rapport, `secret` dans le CSV).' }),
    sections_non_partagees: z
      .array(z.enum(['lieu', 'frequentation', 'usagers_par_profil', 'evenements', 'creation_activite', 'economie', 'mobilite']))
      .meta({ description: 'Les sections que le lieu a choisi de ne pas partager (`null` dans le rapport).' }),
  })
  .meta({ description: 'Protection des personnes : aucune donnée individuelle ne figure dans le rapport.' });

const shared = <T extends z.ZodType>(schema: T) => schema.nullable();

export const NetworkReport = z
  .strictObject({
    version_schema: z.literal(REPORT_SCHEMA_VERSION).meta({ description: 'Version de ce schéma (versionnage sémantique).' }),
    logiciel: z.string().meta({ description: 'Logiciel qui a produit le rapport.' }),
    genere_le: Day.meta({ description: 'Jour où le rapport a été produit (AAAA-MM-JJ).' }),
    lieu: shared(Lieu),
    periode: Periode,
    frequentation: shared(Frequentation),
    usagers_par_profil: shared(UsagersParProfil),
    evenements: shared(Evenements),
    creation_activite: shared(CreationActivite),
    economie: shared(Economie),
    mobilite: shared(Mobilite),
    confidentialite: Confidentialite,
  })
  .meta({
    description:
      'Rapport anonymisé produit par Relais : des effectifs et des sommes seulement, jamais de nom, de courriel, de téléphone, d’adresse, de commune ou de distance d’une personne (la fiche du lieu ne porte ni adresse, ni courriel, ni téléphone, souvent ceux d’un bénévole). Une section non partagée vaut `null`.',
  });
export type NetworkReport = z.infer<typeof NetworkReport>;

/** The JSON Schema shipped in `resources/network/` (a test keeps the file equal to this). */
export function networkReportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(NetworkReport, { target: 'draft-2020-12' });
  return { $schema, $id: REPORT_SCHEMA_ID, title: 'Rapport d’activité d’un tiers-lieu pour son réseau régional', ...rest };
}
