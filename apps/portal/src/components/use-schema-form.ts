import { type FormErrors, schemaResolver, type UseFormReturnType, useForm } from '@mantine/form';
import { type FormEvent, useState } from 'react';
import { errorMessage, fieldErrors } from '../lib/errors.ts';

// biome-ignore lint/suspicious/noExplicitAny: Mantine's own bound for form values (interfaces satisfy it)
type FormValues = Record<string, any>;

interface SchemaFormOptions<Values extends FormValues> {
  initialValues: Values;
  /** The domain's zod schema for what is sent: it checks the values before anything leaves. */
  schema: Parameters<typeof schemaResolver>[0];
  /** The form's fields, in the order they appear: the first with a problem gets the focus. */
  fields: readonly string[];
  /**
   * Values the form carries but shows no input for (a link's token). Nobody can correct them,
   * so their problem is shown above the form, and wins over any field's.
   */
  hiddenFields?: readonly string[];
  /** What the schema checks, when the form keeps its values in another shape (dates as text…). */
  toInput?: (values: Values) => unknown;
  /** Rules beyond the schema (a date's relation to today); their messages win over the schema's. */
  rules?: (values: Values) => FormErrors;
  /** The form's field for an error the API or schema named, when the two name fields differently. */
  fieldOf?: (field: string, values: Values) => string;
  /** 'controlled' when the form shows or hides inputs by its own values. */
  mode?: 'controlled' | 'uncontrolled';
  /** Saves; throws the API's error so each problem is shown at its field. */
  onSubmit: (values: Values) => Promise<unknown>;
  /** Also move the focus to the first field the API refused (forms outside a modal do). */
  focusRefusedField?: boolean;
  /** After a successful save (close the modal, say so). */
  onSaved?: () => void;
}

export interface SchemaForm<Values extends FormValues> {
  form: UseFormReturnType<Values>;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** A refusal that belongs to no field, shown above the form. */
  formError: string | null;
}

/**
 * A Mantine form checked by a domain schema, with one behaviour for every form: the first
 * field with a problem gets the focus, the API's field errors show at their fields, anything
 * else shows above the form, and the submit button spins while saving.
 */
export function useSchemaForm<Values extends FormValues>(
  options: SchemaFormOptions<Values>,
): SchemaForm<Values> {
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { schema, toInput, rules, fields, hiddenFields = [] } = options;
  const fieldOf = options.fieldOf ?? ((field: string) => field);
  const toFormErrors = (byField: FormErrors, values: Values) => {
    const errors: FormErrors = {};
    for (const [field, message] of Object.entries(byField)) {
      const target = fieldOf(field, values);
      if (message && !errors[target]) errors[target] = message;
    }
    return errors;
  };
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<Values>({
    mode: options.mode ?? 'uncontrolled',
    initialValues: options.initialValues,
    validate: (values) => {
      const errors = toFormErrors(resolver(toInput ? toInput(values) : values), values);
      return { ...errors, ...rules?.(values) };
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setSaving(true);
      try {
        await options.onSubmit(values);
      } catch (error) {
        const byField = toFormErrors(fieldErrors(error), values);
        form.setErrors(byField);
        const hidden = hiddenFields.find((field) => byField[field]);
        const refused = fields.find((field) => byField[field]);
        if (hidden) setFormError(String(byField[hidden]));
        else if (!refused) setFormError(errorMessage(error));
        else if (options.focusRefusedField) form.getInputNode(refused)?.focus();
        return;
      } finally {
        setSaving(false);
      }
      options.onSaved?.();
    },
    (errors) => {
      const hidden = hiddenFields.find((field) => errors[field]);
      if (hidden) {
        setFormError(String(errors[hidden]));
        return;
      }
      const first = fields.find((field) => errors[field]);
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return { form, submit, saving, formError };
}
