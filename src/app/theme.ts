import type { I18n } from '@lingui/core';
import {
  createTheme,
  type CSSVariablesResolver,
  darken,
  DEFAULT_THEME,
  mergeThemeOverrides,
} from '@mantine/core';

/**
 * Latin system fonts first, then the common Simplified Chinese ones (macOS, Windows, Noto/Source
 * Han on Linux and Android), so Chinese text never falls back to a random or missing glyph.
 */
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

// blue.6 on white fails WCAG AA contrast; shade 8 passes.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily },
  components: {
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

/** The theme with Mantine's built-in labels (the modal's close button) in the active language. */
export const localizedTheme = (i18n: I18n) =>
  mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: {
          defaultProps: {
            closeButtonProps: {
              'aria-label': i18n._({ id: 'common.close', message: 'Close' }),
            },
          },
        },
      },
    }),
  );

/**
 * Text on Mantine's "light" variant (badges, light buttons) is shade 6–8 on a 10 % tint: 1.8–4.5:1.
 * Shade 9 darkened by 30 % reaches at least 5:1 for every palette colour (yellow is the lightest).
 */
const lightVariantText = Object.fromEntries(
  Object.keys(DEFAULT_THEME.colors).map((color) => [
    `--mantine-color-${color}-light-color`,
    darken(DEFAULT_THEME.colors[color]![9], 0.3),
  ]),
);

/**
 * Mantine's default "dimmed" grey (gray.6) and error red (red.6) are too light for small text on
 * white (WCAG AA); these shades pass in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightVariantText,
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
