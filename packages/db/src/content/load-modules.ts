import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleContent } from '@preceptor/domain/modules/module-content';
import { parse } from 'yaml';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content/modules', import.meta.url));

/** Parses and validates one module file's text; the error names the file and the offending path. */
export function parseModuleFile(text: string, fileName: string): ModuleContent {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid YAML — ${(error as Error).message}`);
  }
  const result = ModuleContent.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(module)'}: ${issue.message}`);
    throw new Error(`${fileName}: ${issues.join('; ')}`);
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
