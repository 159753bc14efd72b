import { useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf, MethodName, OutputOf } from '../../../main/api/contract';
import { useApiMutation } from '../api/hooks';
import { useNotify } from '../app/notify';
import { useReportUnsaved } from '../app/unsaved';
import { applyFieldErrors, useErrorText } from './errors';

interface Options<M extends MethodName, V extends FieldValues> {
  method: M;
  defaultValues: DefaultValues<V>;
  /** The form's field names, to place the server's field errors. */
  fields: readonly string[];
  /** Turns the form's values into the method's input (prices typed in euros become cents…). */
  toInput?: (values: V) => InputOf<M>;
  /** The stored value, back into the form's values after a save (with what was submitted, if needed). */
  toValues?: (stored: OutputOf<M>, submitted: V) => V;
  onSaved?: (stored: OutputOf<M>) => void;
  /** Checks made in the page before anything is sent (e.g. a price that is not a number). */
  resolver?: Resolver<V>;
}

/**
 * A react-hook-form form whose submit calls one contract method: the server's field errors appear
 * beside their fields, anything else above the save button, and a save resets the form.
 */
export function useContractForm<M extends MethodName, V extends FieldValues>(options: Options<M, V>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notify = useNotify();
  const [generalError, setGeneralError] = useState<string>();
  const [lastError, setLastError] = useState<unknown>();
  const form = useForm<V>({ defaultValues: options.defaultValues, resolver: options.resolver });
  const mutation = useApiMutation(options.method);
  const markSaved = useReportUnsaved(form.formState.isDirty);

  const handle = form.handleSubmit((values) => {
    setGeneralError(undefined);
    setLastError(undefined);
    const input = options.toInput ? options.toInput(values) : (values as unknown as InputOf<M>);
    mutation.mutate(input, {
      onSuccess: (stored) => {
        form.reset(options.toValues ? options.toValues(stored, values) : (stored as unknown as V));
        markSaved();
        notify(t('actions.saved'));
        options.onSaved?.(stored);
      },
      onError: (error) => {
        setLastError(error);
        if (!applyFieldErrors(error, form.setError, options.fields)) setGeneralError(errorText(error));
      },
    });
  });

  // The server's field errors from the last try would otherwise stop this one before it is sent.
  const submit = (event?: BaseSyntheticEvent) => {
    form.clearErrors();
    return handle(event);
  };

  const saveBar = { saving: mutation.isPending, error: generalError };
  /** The last refusal itself, for screens that react to a particular one (a possible duplicate). */
  return { form, submit, saveBar, lastError };
}
