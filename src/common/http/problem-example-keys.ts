/**
 * Problem examples keyed as Swagger UI lists them: by their `code`, which is what a caller
 * switches on, and `CODE.case` when one response shows several cases of a code (two reasons for
 * RADIAN_EVENT_NOT_ALLOWED, two ways a logo upload has no file).
 */
export function keyedByCode<T extends { value: Record<string, unknown> }>(
  examples: Record<string, T>,
): Record<string, T> {
  const codeOf = (example: T) => String(example.value.code);
  const perCode = new Map<string, number>();
  for (const example of Object.values(examples))
    perCode.set(codeOf(example), (perCode.get(codeOf(example)) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(examples).map(([name, example]) => {
      const code = codeOf(example);
      return [perCode.get(code) === 1 ? code : `${code}.${name}`, example];
    }),
  );
}
