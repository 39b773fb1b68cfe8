import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleContent } from '@preceptor/domain/modules/module-content';
import { parse } from 'yaml';

const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content/modules', import.meta.url));

/** A module file that cannot be used; the message names the file and every offending path. */
export class ModuleContentError extends Error {
  constructor(
    readonly fileName: string,
    readonly issues: readonly string[],
  ) {
    super(`${fileName}: ${issues.join('; ')}`);
    this.name = 'ModuleContentError';
  }
}

/**
 * Parses and validates one module file's text. The file must be named after its slug, so the
 * file an author edits and the module a curriculum points at cannot drift apart.
 */
export function parseModuleFile(text: string, fileName: string): ModuleContent {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new ModuleContentError(fileName, [`not valid YAML — ${(error as Error).message}`]);
  }
  const result = ModuleContent.safeParse(raw);
  if (!result.success) {
    throw new ModuleContentError(
      fileName,
      result.error.issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`),
    );
  }
  const expectedName = fileName.replace(/\.ya?ml$/, '');
  if (result.data.slug !== expectedName) {
    throw new ModuleContentError(fileName, [`slug "${result.data.slug}" does not match the file name`]);
  }
  return result.data;
}

/** Every module file in the folder, sorted by file name so seeding is deterministic. */
export function loadModuleContent(dir: string = DEFAULT_CONTENT_DIR): ModuleContent[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  return files.map((name) => parseModuleFile(readFileSync(path.join(dir, name), 'utf8'), name));
}

/**
 * `sections.4.questions.2.choices` is exact but hard to find in a long file; naming the section
 * and question keys alongside it points the author straight at the right block.
 */
function describePath(issuePath: readonly PropertyKey[], raw: unknown): string {
  const dotted = issuePath.map(String).join('.') || '(module)';
  const names: string[] = [];
  let node: unknown = raw;
  for (const step of issuePath) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[step as string];
    const key = node !== null && typeof node === 'object' ? (node as { key?: unknown }).key : undefined;
    if (typeof step === 'number' && typeof key === 'string') names.push(`"${key}"`);
  }
  return names.length > 0 ? `${dotted} (${names.join(' › ')})` : dotted;
}
