/** Minimal XML rendering for `Format=XML`: arrays repeat their parent element's name, as the cloud does. */
export function toXml(root: string, value: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${root}>${fields(value)}</${root}>`;
}

function fields(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([key, inner]) => element(key, inner))
    .join('');
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value === null || value === undefined) return `<${name}/>`;
  if (typeof value === 'object')
    return `<${name}>${fields(value as Record<string, unknown>)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
