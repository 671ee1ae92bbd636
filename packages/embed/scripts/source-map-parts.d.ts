/**
 * The built text of `file` split by the source each piece was built from, read from its source
 * map (`<file>.map`): absolute source path (or `(unmapped)`) -> built text.
 */
export function textBySource(file: string): Promise<Map<string, string>>;
