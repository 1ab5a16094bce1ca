/** An amount in fen (integer) as yuan with two decimals, for registers and their exports. */
export const fenToYuan = (fen: number): string => (fen / 100).toFixed(2);
