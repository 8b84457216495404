/** The markdown a web page copy leaves around whole fields: bold/italic wrappers and heading hashes. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*(\*{1,3})([\s\S]*?)\1\s*$/, '$2')
    .replace(/\*{2,}/g, '')
    .replace(/^\*([\s\S]*)\*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
