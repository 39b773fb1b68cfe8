import { z } from 'zod';
import { IdentifierFinding, IdentifierKind } from './identifier-finding.ts';
import { MAX_REFLECTION_HTML_LENGTH } from './reflection-quotas.ts';
import { ReflectionStatus } from './reflection-schemas.ts';

/** A body far beyond any journal entry is a paste accident; refuse it rather than store it. */
export const MAX_BODY_LENGTH = MAX_REFLECTION_HTML_LENGTH;

export const MAX_TITLE_LENGTH = 200;
export const TITLE_TOO_LONG = `Keep the title under ${MAX_TITLE_LENGTH} characters.`;
const Title = z.string().trim().max(MAX_TITLE_LENGTH, TITLE_TOO_LONG);
const Body = z
  .string()
  .max(MAX_BODY_LENGTH, 'This reflection is too long to save (200,000 characters at most).');

export const ReflectionRef = z.object({ reflectionId: z.uuid('That is not a reflection id.') });
export type ReflectionRef = z.infer<typeof ReflectionRef>;

/** A new draft, optionally answering a module's reflection prompt. */
export const CreateReflectionInput = z.object({
  title: Title.default(''),
  body: Body.default(''),
  moduleId: z.uuid().optional(),
  promptSectionKey: z.string().min(1).max(100).optional(),
});
export type CreateReflectionInput = z.input<typeof CreateReflectionInput>;

/** The draft to open: a new one, or (for a module prompt) the one already started on it. */
export const CreatedReflection = z.object({
  id: z.string(),
  version: z.number().int(),
  created: z.boolean(),
});
export type CreatedReflection = z.infer<typeof CreatedReflection>;

export const SaveReflectionInput = z.object({
  reflectionId: z.uuid(),
  /** The version the writer's text was based on; a stale one is a conflict, never an overwrite. */
  expectedVersion: z.number().int().positive(),
  title: Title,
  body: Body,
});
export type SaveReflectionInput = z.infer<typeof SaveReflectionInput>;

export const RestoreVersionInput = z.object({
  reflectionId: z.uuid(),
  version: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
});
export type RestoreVersionInput = z.infer<typeof RestoreVersionInput>;

export const ReflectionText = z.object({
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  // Coerced: it travels in an error's details, which the browser may receive as a string.
  updatedAt: z.coerce.date(),
});
export type ReflectionText = z.infer<typeof ReflectionText>;

/** Sent in a CONFLICT error's `details`: what the server holds now, so both versions are kept. */
export const SaveConflictDetails = z.object({ current: ReflectionText });
export type SaveConflictDetails = z.infer<typeof SaveConflictDetails>;

export const SaveResult = z.object({
  version: z.number().int(),
  updatedAt: z.date(),
  status: ReflectionStatus,
  /** False when the text was unchanged and no version was kept. */
  changed: z.boolean(),
});
export type SaveResult = z.infer<typeof SaveResult>;

export const ReflectionView = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  title: z.string(),
  body: z.string(),
  version: z.number().int(),
  status: ReflectionStatus,
  moduleId: z.string().nullable(),
  promptSectionKey: z.string().nullable(),
  /** The module prompt this reflection answers, shown above the editor. */
  prompt: z.object({ moduleTitle: z.string(), title: z.string(), text: z.string() }).nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sharedAt: z.date().nullable(),
  /** The reader is the author (editing allowed) rather than a mentor it is shared with. */
  isAuthor: z.boolean(),
  /** Keys of findings the author confirmed are not identifiers; empty for mentors. */
  confirmedKeys: z.array(z.string()),
  sharedWith: z.array(z.object({ mentorId: z.string(), name: z.string() })),
});
export type ReflectionView = z.infer<typeof ReflectionView>;

export const ReflectionVersionEntry = z.object({
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  createdAt: z.date(),
});
export type ReflectionVersionEntry = z.infer<typeof ReflectionVersionEntry>;

export const ConfirmFindingInput = z.object({
  reflectionId: z.uuid(),
  kind: IdentifierKind,
  text: z.string().min(1).max(500),
});
export type ConfirmFindingInput = z.infer<typeof ConfirmFindingInput>;

export const ConfirmFindingResult = z.object({ findingKey: z.string() });

/** Where a finding sits: the title field or the body's plain text. */
export const LocatedFinding = IdentifierFinding.and(z.object({ field: z.enum(['title', 'body']) }));
export type LocatedFinding = z.infer<typeof LocatedFinding>;

export const ShareResult = z.object({
  status: ReflectionStatus,
  sharedAt: z.date(),
  sharedWith: z.array(z.object({ mentorId: z.string(), name: z.string() })),
});
export type ShareResult = z.infer<typeof ShareResult>;

export const StatusResult = z.object({ status: ReflectionStatus });
