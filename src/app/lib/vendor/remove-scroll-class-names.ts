/**
 * Stands in for `react-remove-scroll` where Mantine's AppShell header, footer and aside read only its
 * class names: the console layout keeps its scroll-lock-aware classes without loading the scroll
 * lock itself (modals bring it when they open; see scripts/vite/narrow-vendor-imports.ts). The
 * names are react-remove-scroll-bar's constants, written out because importing them would pull in
 * the chunk they share with the scroll lock; a test checks they still match.
 */
export const RemoveScroll = {
  classNames: { fullWidth: 'width-before-scroll-bar', zeroRight: 'right-scroll-bar-position' },
};
