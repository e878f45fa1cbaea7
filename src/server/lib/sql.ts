/** A `LIKE`/`ILIKE` pattern matching `text` anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (m) => '\\' + m)}%`;
}
