import type { IdentifierKind } from '@preceptor/domain/reflections/identifier-finding';

/** Short labels shown on each highlight and in the findings panel. */
export const KIND_LABELS: Record<IdentifierKind, string> = {
  name: 'Name',
  date: 'Date',
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  ssn: 'SSN',
  record_number: 'Record number',
  address: 'Address',
  age_over_89: 'Age over 89',
  url: 'Web address',
  ip_address: 'IP address',
  unique_detail: 'Possibly identifying detail',
};
