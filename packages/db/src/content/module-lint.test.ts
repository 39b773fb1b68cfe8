import { lintModule } from '@preceptor/domain/modules/module-lint';
import { describe, expect, it } from 'vitest';
import { loadModuleContent } from './load-modules.ts';

const modules = loadModuleContent();

// The curriculum's quality rules (packages/domain/src/modules/module-lint.ts) over every file.
describe.each(modules.map((module) => [module.slug, module] as const))('module %s', (_slug, module) => {
  it('keeps the quiz and metadata rules', () => {
    expect(lintModule(module).map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
  });
});
