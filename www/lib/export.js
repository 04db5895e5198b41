// Exports of any result table: CSV download.

/**
 * Quotes a CSV cell when it needs it (RFC 4180). A cell a spreadsheet would
 * run as a formula (starting with = + - @, tab or CR) gets a leading `'`
 * (OWASP "CSV injection"), unless it is a plain number such as -5.00.
 * @param {string} cell
 */
export function csvCell(cell) {
  const safe = /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV text of a header and rows. Amounts stay as API decimal strings with
 * a dot, so a spreadsheet in any locale reads them back exactly.
 * @param {string[]} header @param {string[][]} rows
 */
export function toCsv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Offers `text` as a file download. CSV gets a byte-order mark, so that
 * spreadsheets read it as UTF-8; nothing else does (an .ics must not start
 * with one).
 */
export function download(filename, text, type = 'text/csv;charset=utf-8') {
  const parts = type.startsWith('text/csv') ? ['\ufeff', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
