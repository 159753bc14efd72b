import { CSV_HEADER, csvRows } from './csv';
import { networkReportJsonSchema, REPORT_SCHEMA_VERSION, type NetworkReport } from './report-schema';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
}

/** `entier`, `texte ou null`…: a field's type in French words. */
function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' ou ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  const names: Record<string, string> = { integer: 'entier', number: 'nombre', string: 'texte', boolean: 'booléen', null: 'null', object: 'objet', array: 'liste' };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  return types.map((t) => (t === 'array' && schema.items ? `liste de ${typeOf(schema.items)}` : (names[t] ?? t))).join(' ou ');
}

function fieldRows(schema: JsonSchema, prefix: string): string[] {
  const object = schema.properties ? schema : schema.anyOf?.find((s) => s.properties);
  if (!object?.properties) return [];
  return Object.entries(object.properties).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const nullable = field.anyOf?.some((s) => s.type === 'null') ?? false;
    const nested = field.properties || field.anyOf?.some((s) => s.properties);
    const description = (field.description ?? field.anyOf?.find((s) => s.description)?.description ?? '').replace(/\|/g, '\\|');
    return [`| \`${path}\` | ${nested ? (nullable ? 'objet ou null' : 'objet') : typeOf(field)} | ${description} |`, ...(nested ? fieldRows(field, path) : [])];
  });
}

/** A report with every section, only to list the CSV's indicators and units. */
const EVERY_SECTION = {
  periode: { jours_ouverts: 0 },
  frequentation: {},
  usagers_par_profil: {},
  evenements: {},
  creation_activite: {},
  economie: {},
  mobilite: {},
  confidentialite: { cellules_secretes: [] },
} as unknown as NetworkReport;

/**
 * `resources/network/LISEZMOI.md`: the report documented field by field in French, from the same
 * schema as the JSON Schema beside it, and the long CSV's layout.
 */
export function networkDocumentation(): string {
  const schema = networkReportJsonSchema() as unknown as JsonSchema & { $id: string };
  const indicators = csvRows(EVERY_SECTION).map((row) => `| \`${row.indicateur}\` | ${row.modalite ? `\`${row.modalite}\`` : ''} | ${row.unite} |`);
  return [
    `# Rapport d’activité pour le réseau régional — schéma ${REPORT_SCHEMA_VERSION}`,
    '',
    `Identifiant : \`${schema.$id}\`. Schéma JSON (draft 2020-12) : \`rapport-reseau-${REPORT_SCHEMA_VERSION}.schema.json\`.`,
    '',
    schema.description ?? '',
    '',
    'Versions : le numéro suit le versionnage sémantique ; un champ ajouté change le deuxième chiffre, un champ retiré ou changé de sens le premier.',
    '',
    '## Champs du fichier JSON',
    '',
    '| Champ | Type | Description |',
    '| --- | --- | --- |',
    ...fieldRows(schema, ''),
    '',
    '## Fichier CSV « long »',
    '',
    'Enregistré à côté du JSON, même nom avec l’extension `.csv` : UTF-8 avec BOM, séparateur `;`, fins de ligne CRLF, virgule décimale, dates AAAA-MM-JJ. Une ligne par indicateur :',
    '',
    `\`${CSV_HEADER.join(';')}\``,
    '',
    '- `id_reseau` : identifiant du lieu dans le réseau ; `code_insee` : code INSEE de la commune du lieu ;',
    '- `periode_debut`, `periode_fin` : la période du rapport ;',
    '- `indicateur` : le chemin du champ dans le JSON (les montants, en centimes dans le JSON, sont ici en euros : `economie.chiffre_affaires_ht`, `economie.subventions`) ; `modalite` : le profil pour `usagers_par_profil` ;',
    '- `valeur` : vide quand `statut` vaut `secret` ou `non_renseigne` ;',
    '- `statut` : `ok` (valeur mesurée), `estime` (estimation : mobilité), `secret` (masquée, voir `confidentialite`), `non_renseigne` (non saisie).',
    '',
    'Les sections non partagées n’ont pas de ligne ; la fiche d’identité (`lieu`) n’est que dans le JSON.',
    '',
    '| Indicateur | Modalité | Unité |',
    '| --- | --- | --- |',
    ...indicators,
    '',
  ].join('\n');
}
