/**
 * Mantine's own class names for an Input and its combobox chevron (`Input.classes`,
 * `ComboboxChevron.classes`), whose rules are in Mantine's stylesheet, loaded on every page. The
 * language switch uses them on a plain <select>, so it looks exactly like Mantine's NativeSelect
 * without its script; language-switch.test.tsx checks they still match Mantine's.
 */
export const inputClasses = {
  root: 'm_46b77525',
  wrapper: 'm_6c018570',
  input: 'm_8fb7ebe7',
  section: 'm_82577fc2',
  chevron: 'm_2943220b',
};
