/** Whether a value read from outside (JSON, storage) is a plain object, to read its fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
