/** The options helper shared by the built-in rules (not a rule itself). */

/**
 * The `schema` and `defaultOptions` of a rule whose options are switches:
 * one object of booleans, each described for the docs and the config schema,
 * each off unless `defaults` turns it on. Spread it into the rule's meta:
 * `...switchOptions({ requireAll: 'Require a named group, ...' })`.
 */
export function switchOptions(
  descriptions: Record<string, string>,
  defaults: Record<string, boolean> = {},
): { schema: Record<string, unknown>[]; defaultOptions: [Record<string, boolean>] } {
  const names = Object.keys(descriptions);
  return {
    schema: [
      {
        type: 'object',
        properties: Object.fromEntries(names.map((name) => [name, { type: 'boolean', description: descriptions[name] }])),
        additionalProperties: false,
      },
    ],
    defaultOptions: [Object.fromEntries(names.map((name) => [name, defaults[name] ?? false]))],
  };
}
