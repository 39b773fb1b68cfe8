import { PublishableModule } from '@preceptor/domain/modules/module-publishing';
import { describe, expect, it } from 'vitest';
import { loadModuleContent } from './load-modules.ts';

// The seed publishes every file; the editor refuses to publish what these would fail.
describe.each(loadModuleContent().map((module) => [module.slug, module] as const))('%s', (_slug, module) => {
  it('is publishable: 3–5 measurable objectives, dated sources, a review', () => {
    const parsed = PublishableModule.safeParse(module);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
