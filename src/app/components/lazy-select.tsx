import { ComboboxChevron, type SelectProps, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';

const loadSelect = () => import('./mantine-select');
const Select = lazy(loadSelect);

type Option = { value: string; label: string };

const labelOf = (data: SelectProps['data'], value: string | null | undefined): string => {
  if (!value) return '';
  for (const item of data ?? []) {
    if (typeof item === 'string') {
      if (item === value) return item;
    } else if ('value' in item && item.value === value) return (item as Option).label;
  }
  return '';
};

/** Keys that open Mantine's Select list, or start a search in a searchable one. */
const opensList = (key: string) =>
  key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ' || key.length === 1;

/**
 * Mantine's Select, whose code (the combobox, its popover and floating-ui: about 25 kB) is fetched
 * when the pointer or the focus reaches the field instead of with the page. Until the first click
 * (or a key that opens the list) a read-only field of the same size shows the choice under the same
 * label and role; then the Select takes its place with its list open and the focus in it.
 */
export function LazySelect(props: SelectProps) {
  const [active, setActive] = useState(false);
  const { label, description, placeholder, error, disabled, w, miw, maw, size } = props;

  const standIn = (
    <TextInput
      {...{ label, description, placeholder, error, disabled, w, miw, maw, size }}
      readOnly
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      value={labelOf(props.data, props.value)}
      rightSection={<ComboboxChevron size={size} error={error} />}
      rightSectionPointerEvents="none"
      onPointerEnter={() => void loadSelect()}
      onFocus={() => void loadSelect()}
      onClick={() => setActive(true)}
      onKeyDown={(event) => {
        if (!opensList(event.key)) return;
        event.preventDefault();
        setActive(true);
      }}
    />
  );

  if (!active) return standIn;
  return (
    <Suspense fallback={standIn}>
      <Select {...props} defaultDropdownOpened focusOnMount />
    </Suspense>
  );
}
