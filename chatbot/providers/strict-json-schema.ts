/** A JSON Schema node as produced by `z.toJSONSchema` (only the keywords we inspect are typed). */
type SchemaNode = { [key: string]: unknown };

/** Keywords OpenAI structured outputs (strict mode) accepts; anything else is rejected by the API. */
const SUPPORTED = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "anyOf",
  "description",
  "title",
  "$defs",
  "$ref",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
]);

/**
 * Lists why a JSON schema would be refused by OpenAI strict structured outputs (empty = acceptable):
 * every object closes `additionalProperties`, requires all its properties (optional fields must be nullable
 * instead), the root is an object, and only supported keywords appear.
 */
export function strictSchemaProblems(schema: SchemaNode): string[] {
  const problems: string[] = [];
  if (schema.type !== "object") problems.push("$: root must be an object");
  walk(schema, "$", problems);
  return problems;
}

function walk(node: SchemaNode, path: string, problems: string[]): void {
  for (const key of Object.keys(node)) {
    if (!SUPPORTED.has(key)) problems.push(`${path}: unsupported keyword "${key}"`);
  }
  const isObject = node.type === "object" || (Array.isArray(node.type) && node.type.includes("object"));
  if (isObject) {
    const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
    if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    for (const name of Object.keys(properties)) {
      if (!required.has(name)) problems.push(`${path}.${name}: must be required (use a nullable type instead)`);
    }
    for (const [name, child] of Object.entries(properties)) walk(child, `${path}.${name}`, problems);
  }
  if (node.items && typeof node.items === "object") walk(node.items as SchemaNode, `${path}[]`, problems);
  if (Array.isArray(node.anyOf)) {
    for (const [i, child] of node.anyOf.entries()) walk(child as SchemaNode, `${path}|${i}`, problems);
  }
  if (node.$defs && typeof node.$defs === "object") {
    for (const [name, child] of Object.entries(node.$defs as Record<string, SchemaNode>)) {
      walk(child, `$defs.${name}`, problems);
    }
  }
}
