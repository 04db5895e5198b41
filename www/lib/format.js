// Display formatting for the UI with the browser's own Intl, the same
// oracle the core's formatting is tested against.

const cache = new Map();

function numberFormat(locale, options) {
  const key = locale + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale, options));
  return cache.get(key);
}

/**
 * Formats an API amount string ("1234.50") as money in `locale`.
 * @param {string} amount @param {string} currency @param {string} locale
 */
export function money(amount, currency, locale) {
  return numberFormat(locale, { style: 'currency', currency }).format(Number(amount));
}

/**
 * Formats a percent string ("12.68") as "12,68 %"; with `minDigits` 0,
 * "2.00" is "2 %" and "1.5" is "1,5 %".
 */
export function percent(value, locale, minDigits = 2) {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: minDigits, maximumFractionDigits: 3 }).format(Number(value) / 100);
}

/** Formats a `YYYY-MM-DD` civil date without time-zone drift. */
export function date(iso, locale, style = 'medium') {
  const key = `date ${locale} ${style}`;
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }));
  const [y, m, d] = iso.split('-').map(Number);
  return cache.get(key).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today's civil date in the browser's time zone, as `YYYY-MM-DD`. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The civil date `n` days after `iso` (`YYYY-MM-DD`). */
export function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + Number(n))).toISOString().slice(0, 10);
}

/** The decimal separator of `locale` ("," or "."). */
export function decimalSeparator(locale) {
  return numberFormat(locale, {}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * Reads a number as people type it in `locale` and returns API text
 * ("1234.56"). With both separators, the last one is the decimal mark
 * ("1.234,56", "1,234.56"). With one kind only: repeated, it groups
 * thousands ("1.234.567"); once, it is the decimal mark when it is the
 * locale's, and a thousands group when it is not and three digits follow
 * ("15.000" in Spain is fifteen thousand; "1234.5" is still 1234.5).
 * Anything else is passed through so the API can name the problem.
 * @param {string} text @param {string} [locale]
 */
export function decimalInput(text, locale = 'es-ES') {
  const s = text.trim().replace(/[\s\u00a0'’]/g, '');
  if (!/^-?[\d.,]+$/.test(s)) return s;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    return lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  }
  const mark = lastComma >= 0 ? ',' : '.';
  const count = s.split(mark).length - 1;
  if (count === 0) return s;
  const digitsAfter = s.length - s.lastIndexOf(mark) - 1;
  const grouping = count > 1 || (mark !== decimalSeparator(locale) && digitsAfter === 3);
  return grouping ? s.split(mark).join('') : s.replace(mark, '.');
}
