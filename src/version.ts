/** The toolkit's name and version, recorded in every TEI file it writes. */
export const TOOL_NAME = 'teikit';
export const TOOL_VERSION = '0.1.0';
