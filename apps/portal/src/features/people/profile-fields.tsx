import {
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CAREER_STAGE_LABELS, type ProfileFields } from '@preceptor/domain/people/person-schemas';
import { PROFESSION_LABELS } from '@preceptor/domain/people/professions';

const PROFESSIONS = Object.entries(PROFESSION_LABELS).map(([value, label]) => ({ value, label }));
const STAGES = Object.entries(CAREER_STAGE_LABELS).map(([value, label]) => ({ value, label }));

/** Form values: free-text fields hold '' (the API stores an empty one as none). */
export const EMPTY_PROFILE: ProfileFields = {
  profession: 'OTHER',
  specialty: '',
  careerStage: 'EARLY_CAREER',
  yearsExperience: 0,
  expertiseTags: [],
  goalTags: [],
  languages: ['English'],
  remoteOk: true,
  monthlyAvailabilityHours: 2,
  bio: '',
};

export function profileFormValues(profile: ProfileFields | null): ProfileFields {
  return profile ? { ...profile, specialty: profile.specialty ?? '', bio: profile.bio ?? '' } : EMPTY_PROFILE;
}

export const PROFILE_FIELD_NAMES = Object.keys(EMPTY_PROFILE) as (keyof ProfileFields)[];

/**
 * The profile's inputs for any form holding a ProfileFields at `prefix` ('' for the whole form,
 * 'profile.' inside a person form). Errors come from the shared zod schema and the API.
 */
// biome-ignore lint/suspicious/noExplicitAny: the form's value type varies; paths are checked by the schema.
export function ProfileInputs({ form, prefix = '' }: { form: UseFormReturnType<any>; prefix?: string }) {
  const field = (name: keyof ProfileFields) => ({
    key: form.key(`${prefix}${name}`),
    ...form.getInputProps(`${prefix}${name}`, name === 'remoteOk' ? { type: 'checkbox' } : undefined),
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Profession"
          required
          data={PROFESSIONS}
          allowDeselect={false}
          {...field('profession')}
        />
        <TextInput label="Specialty" placeholder="e.g. Pediatric cardiac" {...field('specialty')} />
        <Select label="Career stage" required data={STAGES} allowDeselect={false} {...field('careerStage')} />
        <NumberInput label="Years of experience" required min={0} max={60} {...field('yearsExperience')} />
      </SimpleGrid>
      <TagsInput
        label="Expertise"
        description="What you can teach; press Enter after each"
        {...field('expertiseTags')}
      />
      <TagsInput
        label="Goals"
        description="What you want to grow in; press Enter after each"
        {...field('goalTags')}
      />
      <TagsInput label="Languages" description="Press Enter after each" {...field('languages')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Availability (hours a month)"
          required
          min={0}
          max={80}
          {...field('monthlyAvailabilityHours')}
        />
        <Switch label="Open to remote mentoring" mt="lg" {...field('remoteOk')} />
      </SimpleGrid>
      <Textarea label="About" autosize minRows={2} {...field('bio')} />
    </Stack>
  );
}
