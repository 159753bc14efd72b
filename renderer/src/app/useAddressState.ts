import { useSearchParams } from 'react-router';

/**
 * A screen's tab, month or filter kept in the address, so that Back and a reload find it as it was.
 * `update` replaces the current entry: a value of `null` removes it, others keep what they do not name.
 */
export function useAddressState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}
