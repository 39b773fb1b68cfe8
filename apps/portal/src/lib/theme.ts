import {
  type BadgeStylesNames,
  type CSSProperties,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type DrawerProps,
  type ModalProps,
  type NotificationProps,
} from '@mantine/core';
import { readablePalette } from './readable-colors.ts';

/**
 * Every colour reads at WCAG AA in the light scheme, the only one the portal offers: filled
 * surfaces use shade 8 (Mantine's default shade 6 under white text is 3.6:1 for blue), and the
 * palette's shades 8 and 9 are darkened where a hue is too bright for white text or for light
 * badges (see readable-colors.ts). Mantine's own variant colours do the rest.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  // Picks black or white text on surfaces in an explicit light shade (e.g. `yellow.4`).
  autoContrast: true,
  // Pages are white; the sign-in page and a few panels are gray-0.
  colors: readablePalette(DEFAULT_THEME.colors, [DEFAULT_THEME.white, DEFAULT_THEME.colors.gray[0]]),
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  // Plain objects checked against each component's types, not `Modal.extend(…)`: importing a
  // component here would put it (Modal, Drawer and what they use) into every page's first download.
  components: {
    // Mantine's close buttons are an icon alone: without a label screen readers announce "button".
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } satisfies Partial<NotificationProps>,
    },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } satisfies Partial<ModalProps> },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } satisfies Partial<DrawerProps> },
    // Badges carry statuses people must read ("Active since 9 October"); Mantine cuts them with an
    // ellipsis when space is short, so they wrap onto a second line instead.
    Badge: {
      styles: {
        root: {
          height: 'auto',
          minHeight: 'var(--badge-height)',
          maxWidth: '100%',
          overflow: 'visible',
          paddingBlock: 1,
        },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', overflowWrap: 'anywhere' },
      } satisfies Partial<Record<BadgeStylesNames, CSSProperties>>,
    },
  },
});

/**
 * Mantine's dimmed and placeholder text is gray-6 (3.3:1 on white, gray-5 placeholders 2.1:1) and
 * its error text red-6 (3.3:1): all too faint for small text. Gray-7 reads at 8:1, so dimmed text
 * stays visibly secondary to the black body text; red-9 at 5.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-dimmed)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
