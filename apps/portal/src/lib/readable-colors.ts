import { luminance, type MantineColorsTuple, type MantineThemeColors, toRgba } from '@mantine/core';

/** WCAG 2.1 AA for text under 18pt (14pt bold); axe fails a ratio of exactly this, so stay above it. */
export const AA_TEXT_CONTRAST = 4.5;

const WHITE = '#ffffff';

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function toHex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour itself when it reads above AA on every background, otherwise the least darkening of it
 * (mixing in black 1 % at a time) that does. Darkening keeps the hue, so the palette still looks
 * like Mantine's, only as dark as contrast demands.
 */
export function darkenUntilReadable(color: string, backgrounds: readonly string[]): string {
  const { r, g, b } = toRgba(color);
  for (let percent = 0; percent <= 100; percent++) {
    const keep = 1 - percent / 100;
    const candidate = percent === 0 ? color : toHex(r * keep, g * keep, b * keep);
    if (backgrounds.every((background) => contrastRatio(candidate, background) > AA_TEXT_CONTRAST)) {
      return candidate;
    }
  }
  throw new Error(`No darker shade of ${color} reads at AA on ${backgrounds.join(', ')}`);
}

/**
 * In the light scheme Mantine paints filled surfaces in the primary shade (8 here) under white
 * text, outline and `c="<hue>"` text in shade 8 on the page, and light/subtle variants as shade 9
 * text on shade 1 (shade 2 on hover). Mantine's cyan, teal, green, lime, yellow, orange and red
 * are too bright for that (white on teal-8 is 3.9:1), so their shades 8 and 9 are darkened just
 * enough; the other hues pass and come back unchanged. `surfaces` are the page backgrounds text
 * sits on.
 */
export function readableShades(shades: MantineColorsTuple, surfaces: readonly string[]): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9] = shades;
  const filled = darkenUntilReadable(s8, [WHITE, ...surfaces]);
  const lightText = darkenUntilReadable(s9, [WHITE, ...surfaces, s0, s1, s2]);
  return [s0, s1, s2, s3, s4, s5, s6, s7, filled, lightText];
}

export function readablePalette(colors: MantineThemeColors, surfaces: readonly string[]): MantineThemeColors {
  return Object.fromEntries(
    Object.entries(colors).map(([name, shades]) => [name, readableShades(shades, surfaces)]),
  ) as MantineThemeColors;
}
