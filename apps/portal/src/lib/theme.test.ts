import {
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  type MantineColor,
  mergeMantineTheme,
} from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AA_TEXT_CONTRAST, contrastRatio, darkenUntilReadable } from './readable-colors.ts';
import { cssVariablesResolver, theme } from './theme.ts';

// The CSS variables the portal really gets in the light scheme: Mantine's, then ours on top.
const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const mantineVariables = defaultCssVariablesResolver(merged);
const ourVariables = cssVariablesResolver(merged);
const light: Record<string, string> = {
  ...mantineVariables.variables,
  ...mantineVariables.light,
  ...ourVariables.variables,
  ...ourVariables.light,
};

/** Follows `var(--x)` references down to a colour. */
function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!reference) return value;
  const next = light[reference[1] as string];
  if (next === undefined) throw new Error(`${reference[1]} is not defined`);
  return resolve(next);
}

const surfaces = {
  page: resolve('var(--mantine-color-body)'),
  panel: resolve('var(--mantine-color-gray-0)'),
};

function variant(color: MantineColor, name: string) {
  const colors = merged.variantColorResolver({ color, theme: merged, variant: name });
  return {
    text: resolve(colors.color ?? ''),
    background: resolve(colors.background ?? ''),
    hover: resolve(colors.hover ?? ''),
  };
}

/** axe fails a ratio of exactly 4.5, so the palette must be above it. */
function expectReadable(text: string, background: string) {
  expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThan(AA_TEXT_CONTRAST);
}

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Mantine's blue-6 under white text: the 3.6:1 the theme exists to avoid.
    expect(contrastRatio('#ffffff', '#228be6')).toBeCloseTo(3.56, 2);
  });
});

describe('darkenUntilReadable', () => {
  it('keeps a colour that already reads', () => {
    expect(darkenUntilReadable('#1971c2', ['#ffffff'])).toBe('#1971c2');
  });

  it('darkens a colour that does not, only as far as needed', () => {
    const darker = darkenUntilReadable('#099268', ['#ffffff']);
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(AA_TEXT_CONTRAST + 0.3);
  });

  it('refuses backgrounds no darkening can read on', () => {
    expect(() => darkenUntilReadable('#868e96', ['#ffffff', '#222222'])).toThrow(/No darker shade/);
  });
});

describe('the light scheme reads at WCAG AA', () => {
  const hues = Object.keys(merged.colors) as MantineColor[];

  it.each(hues)('%s: filled surfaces under their text', (hue) => {
    const filled = variant(hue, 'filled');
    expectReadable(filled.text, filled.background);
  });

  it.each(hues)('%s: light badges and alerts', (hue) => {
    const lightVariant = variant(hue, 'light');
    expectReadable(lightVariant.text, lightVariant.background);
  });

  it.each(hues)('%s: outline, subtle and coloured text on the page and on gray panels', (hue) => {
    const texts = [
      variant(hue, 'outline').text,
      variant(hue, 'subtle').text,
      resolve(`var(--mantine-color-${hue}-text)`),
    ];
    for (const text of texts) {
      expectReadable(text, surfaces.page);
      expectReadable(text, surfaces.panel);
    }
  });

  it.each(['dimmed', 'placeholder', 'error', 'anchor', 'success', 'text'])(
    '%s text on the page and on gray panels',
    (name) => {
      const text = resolve(`var(--mantine-color-${name})`);
      expectReadable(text, surfaces.page);
      expectReadable(text, surfaces.panel);
    },
  );

  it('changes only the shades that needed it', () => {
    for (const hue of ['blue', 'grape', 'pink', 'gray'] as const) {
      expect(merged.colors[hue][8]).toBe(DEFAULT_THEME.colors[hue][8]);
    }
    for (const [hue, shades] of Object.entries(DEFAULT_THEME.colors)) {
      expect(merged.colors[hue]?.slice(0, 8)).toEqual(shades.slice(0, 8));
    }
  });
});

/**
 * Hover swaps the background under unchanged text, so a palette that passes at rest can fail
 * under the pointer (Mantine's own blue-9 on blue-2 is 4.0:1: the hovered active nav link).
 * These are the hovered states of the variants the portal uses.
 */
describe('hovered controls still read at WCAG AA', () => {
  const hues = Object.keys(merged.colors) as MantineColor[];

  it.each(hues)('%s: filled, light and subtle buttons and action icons', (hue) => {
    for (const name of ['filled', 'light', 'subtle']) {
      const hovered = variant(hue, name);
      expectReadable(hovered.text, hovered.hover);
    }
  });

  it('default buttons', () => {
    const hovered = variant('gray', 'default');
    expectReadable(hovered.text, hovered.hover);
  });

  // Mantine's NavLink.css: the active link is primary light text on --nl-bg, --nl-hover on hover;
  // an inactive link keeps body text on gray-0.
  it('the active nav link, at rest and hovered, and an inactive one hovered', () => {
    const text = resolve('var(--mantine-primary-color-light-color)');
    expectReadable(text, resolve('var(--mantine-primary-color-light)'));
    expectReadable(text, resolve('var(--mantine-primary-color-light-hover)'));
    expectReadable(resolve('var(--mantine-color-text)'), surfaces.panel);
  });
});
