/** A catalog definition used inside a subtitle line: its final full stop would end the line early. */
export function definitionPhrase(definition: string): string {
  return definition.replace(/[。.]\s*$/u, '');
}
