/**
 * Numbers the Swedish way, by hand rather than through Intl, so that the output is byte-identical whatever ICU
 * data the Node build carries: decimal comma, a no-break space between thousands (from five digits, as
 * Språkrådet recommends: 2500 but 34 175 456), a real minus sign (U+2212) and a no-break space before the unit.
 */
export const MINUS = "\u2212";
export const NBSP = "\u00a0";

/** −9,5 · 34 175 456 · 0,25 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0 && !Object.is(Math.abs(value), 0);
  const [whole, fraction] = plainDigits(Math.abs(value));
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, NBSP) : whole;
  return `${negative ? MINUS : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** −9,5 mkr · 7,9 % */
export function formatAmount(value: number, unit: string): string {
  return unit ? `${formatNumber(value)}${NBSP}${unit}` : formatNumber(value);
}

/** The digits of a non-negative number without exponent notation or floating-point noise (0.1 + 0.2 → 0.3). */
function plainDigits(abs: number): [string, string] {
  let text = String(Number(abs.toPrecision(15)));
  if (text.includes("e")) {
    text = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(12).replace(/0+$/, "");
  }
  const [whole = "0", fraction = ""] = text.split(".");
  return [whole, fraction];
}
