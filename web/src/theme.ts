import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A deep green as primary colour: shade 6 (filled buttons, links) reaches 6.5:1 against white and
 * 5.6:1 on its own light tint, well above the 4.5:1 of WCAG AA. Mantine's default blue does not.
 */
const relais: MantineColorsTuple = [
  '#e9f6f0',
  '#d3ebdf',
  '#a6d6bf',
  '#76bf9c',
  '#4fab7f',
  '#36966b',
  '#1b6b4a',
  '#155a3d',
  '#104a32',
  '#0a3a26',
];

/** Red for errors: shade 6 at 6.7:1 on white (Mantine's default red-6 is 3.4:1). */
const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#e03131',
  '#b02525',
  '#9c1f1f',
  '#861a1a',
  '#6e1414',
];

/** Grey with a darker shade 6 ("dimmed" text): 6.1:1 on white instead of 3.3:1. */
const gray: MantineColorsTuple = [
  '#f8f9fa',
  '#f1f3f5',
  '#e9ecef',
  '#dee2e6',
  '#ced4da',
  '#adb5bd',
  '#5c636a',
  '#495057',
  '#343a40',
  '#212529',
];

export const theme = createTheme({
  primaryColor: 'relais',
  primaryShade: { light: 6, dark: 4 },
  colors: { relais, red, gray },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // A plain object rather than Modal.extend: the theme must not pull the Modal into the public bundle.
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
  },
});
