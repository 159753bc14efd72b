/**
 * What a change did, field by field: `{ name: { from: 'A', to: 'B' } }`, unchanged fields left out.
 * `as` names the kind of value when the key is not a field name (a tariff's label keying its price).
 */
export type Changes = Record<string, { from: unknown; to: unknown; as?: string }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, as?: string): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) changes[key] = as ? { from: before[key], to: after[key], as } : { from: before[key], to: after[key] };
  }
  return changes;
}

/** The name people know a record by (`A4 · Poste fenêtre`), taken from a call's answer when it has one. */
export function subjectOf(output: unknown): string | undefined {
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return undefined;
  const record = output as Record<string, unknown>;
  const parts = [record.code, record.name ?? record.label].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? [...new Set(parts)].join(' · ') : undefined;
}
