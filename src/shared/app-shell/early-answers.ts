/**
 * Marks the shell's `<link rel="preload" as="fetch">` of a page's first API answers (the BFF writes
 * them, src/bff/static/page-data-preload.ts), which the app takes up before its first render
 * (src/app/lib/early-answers.ts). The session's and the report summary's preloads have their own
 * takers and carry no mark.
 */
export const EARLY_ANSWER_ATTRIBUTE = 'data-early-answer';
