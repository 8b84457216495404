/** An XML NCName-safe, lowercase ASCII slug: "Chou En-lai" → "chou-en-lai". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // the line above leaves no run of '-'
}
