/** The part of citation.js the tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
