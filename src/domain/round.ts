// Pilot rounds are calendar quarters written `YYYY-Qn`.

const ROUND = /^\d{4}-Q[1-4]$/;

export function isRound(value: string): boolean {
  return ROUND.test(value);
}

/** The quarter containing `date`, in UTC so every device agrees on the round at the same instant. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
