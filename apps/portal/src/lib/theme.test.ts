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

  it.each(hues)('%s: filled surfaces under their text, also on hover', (hue) => {
    const filled = variant(hue, 'filled');
    expect(contrastRatio(filled.text, filled.background)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(filled.text, filled.hover)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(hues)('%s: light badges and alerts, also on hover', (hue) => {
    const lightVariant = variant(hue, 'light');
    expect(contrastRatio(lightVariant.text, lightVariant.background)).toBeGreaterThanOrEqual(
      AA_TEXT_CONTRAST,
    );
    expect(contrastRatio(lightVariant.text, lightVariant.hover)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(hues)('%s: outline, subtle and coloured text on the page and on gray panels', (hue) => {
    const subtle = variant(hue, 'subtle');
    const texts = [variant(hue, 'outline').text, subtle.text, resolve(`var(--mantine-color-${hue}-text)`)];
    for (const text of texts) {
      expect(contrastRatio(text, surfaces.page)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
      expect(contrastRatio(text, surfaces.panel)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    }
    expect(contrastRatio(subtle.text, subtle.hover)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(['dimmed', 'placeholder', 'error', 'anchor', 'success', 'text'])(
    '%s text on the page and on gray panels',
    (name) => {
      const text = resolve(`var(--mantine-color-${name})`);
      expect(contrastRatio(text, surfaces.page)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
      expect(contrastRatio(text, surfaces.panel)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
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
