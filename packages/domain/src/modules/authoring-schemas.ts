import { z } from 'zod';
import { parseWithFieldErrors } from '../field-errors.ts';
import { ModuleDraft } from './module-content.ts';

export const ModuleRef = z.object({ moduleId: z.uuid('That is not a module id.') });
export const VersionRef = z.object({ versionId: z.uuid('That is not a module version id.') });

export const UpdateDraftInput = z.object({
  versionId: z.uuid('That is not a module version id.'),
  content: ModuleDraft,
});
export type UpdateDraftInput = z.infer<typeof UpdateDraftInput>;

/**
 * UpdateDraftInput as the API's input parser: a module is a deep document, so a refusal names
 * each problem by its full path (`content.sections.2.title`) for the editor to show in place.
 */
export function parseUpdateDraftInput(input: unknown): UpdateDraftInput {
  return parseWithFieldErrors(UpdateDraftInput, input, 'The draft was not saved');
}

/** A module file's text, YAML or JSON (JSON is YAML too), as an admin uploads or pastes it. */
export const ImportModuleInput = z.object({
  text: z.string().min(1, 'The file is empty.').max(500_000, 'A module file is at most 500 kB.'),
});

export const VersionStatus = z.enum(['DRAFT', 'PUBLISHED', 'RETIRED']);

export const CatalogueEntry = z.object({
  moduleId: z.string(),
  slug: z.string(),
  title: z.string(),
  archived: z.boolean(),
  publishedVersion: z.number().int().nullable(),
  draftVersionId: z.string().nullable(),
  versionCount: z.number().int(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const ModuleVersionSummary = z.object({
  versionId: z.string(),
  version: z.number().int(),
  status: VersionStatus,
  title: z.string(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  /** People pinned to this version. */
  learners: z.number().int(),
});
export type ModuleVersionSummary = z.infer<typeof ModuleVersionSummary>;

export const VersionContent = z.object({
  versionId: z.string(),
  moduleId: z.string(),
  version: z.number().int(),
  status: VersionStatus,
  /** A draft may still be incomplete; published and retired versions are complete modules. */
  content: ModuleDraft,
});
export type VersionContent = z.infer<typeof VersionContent>;

export const SavedVersion = z.object({
  moduleId: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  status: VersionStatus,
});

export const ExportedModule = z.object({ fileName: z.string(), text: z.string() });
