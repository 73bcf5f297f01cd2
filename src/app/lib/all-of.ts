/**
 * Every value of a string union, listed by hand: the typecheck fails when one is missing or is not
 * in the union. Lets the first pages list the contract's choices without loading its zod schemas.
 */
export const allOf =
  <T extends string>() =>
  <const V extends readonly T[]>(
    values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> }),
  ): V =>
    values;
