/** The texts a PDF's page streams draw, in order (pdfkit writes WinAnsi hex strings in TJ arrays, uncompressed in tests). */
export function pdfStrings(pdf: Buffer): string[] {
  const WIN_ANSI: Record<number, string> = {
    0x92: '’',
    0x96: '–',
    0x97: '—',
    0x9c: 'œ',
    0x85: '…',
    0x80: '€',
    0x95: '•',
  };
  const texts: string[] = [];
  for (const array of pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...array[1]!.matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join('');
    let text = '';
    for (let i = 0; i < hex.length; i += 2) {
      const code = parseInt(hex.slice(i, i + 2), 16);
      text += WIN_ANSI[code] ?? String.fromCharCode(code);
    }
    texts.push(text);
  }
  return texts;
}
