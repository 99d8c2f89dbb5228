/** The one fontkit function used here (fontkit ships no types): a parsed font, handed to pdfkit's registerFont. */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): { layout(text: string): unknown };
}
