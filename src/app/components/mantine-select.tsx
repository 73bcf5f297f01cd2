import { Select, type SelectProps } from '@mantine/core';
import { useEffect, useRef } from 'react';

/** Mantine's Select in a module of its own, loaded by LazySelect; it takes the stand-in's focus. */
export default function LoadedSelect({
  focusOnMount,
  ...props
}: SelectProps & { focusOnMount: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const focus = useRef(focusOnMount);
  useEffect(() => {
    if (focus.current) input.current?.focus();
  }, []);
  return <Select ref={input} {...props} />;
}
