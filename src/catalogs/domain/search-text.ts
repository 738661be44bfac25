/**
 * Folds text for accent- and case-insensitive matching: "Bogotá, D.C." and "bogota dc" both become
 * "bogota dc". NFKD also splits typographic forms such as "ª" and "²" into plain letters and digits.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every word of the (folded) query starts a word of the (folded) text: "san gil" and "gil" find
 * "San Gil", "medell" finds "Medellín", but "k" does not find every name with a k in it.
 */
export function matchesAllWords(foldedText: string, foldedQuery: string): boolean {
  const words = foldedText.split(' ');
  return foldedQuery.split(' ').every((part) => words.some((word) => word.startsWith(part)));
}
