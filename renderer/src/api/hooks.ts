import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../main/api/contract';
import { call, type ApiFailure } from './client';

/**
 * Reads through a contract method; cached by method and input. `keepPrevious` keeps the last answer
 * on screen while a new input is being read.
 */
export function useApi<M extends MethodName>(method: M, input: InputOf<M>, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return useQuery<OutputOf<M>, ApiFailure>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * Changes something through a contract method. Every successful change refreshes all screens'
 * data: the app is small and it keeps every view true without a list of dependencies.
 */
export function useApiMutation<M extends MethodName>(method: M, options: { onSuccess?: (value: OutputOf<M>) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<M>, ApiFailure, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (value) => {
      await queryClient.invalidateQueries();
      options.onSuccess?.(value);
    },
  });
}
