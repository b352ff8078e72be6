/**
 * A phone number is read as one thing: no line break inside "+61 2 9999 0000" or "(02) 9000 0000".
 * Turns each space between two parts of a number into a no-break space; other words still wrap.
 */
export const keepNumbersTogether = (text: string): string => text.replace(/([\d)]) (?=[\d(])/g, '$1\u00a0');
