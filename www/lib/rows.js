// Editable lists of small rows (partial payments, rate-table rows,
// invoices, promises) kept in one attribute as text, the single source of
// truth: rows split on ";" and cells on ":" (two columns:
// "2025-06-30:2000; 2025-07-15:1500,50") or "|" (more columns:
// "F-101|1000|2026-10-01|0"). A decimal comma ("10,5") stays inside its
// cell.

/**
 * Parses attribute text into rows of cells (blank rows dropped).
 * @param {string | null} text @param {string} [separator] ":" or "|"
 * @returns {string[][]}
 */
export function parseRows(text, separator = ':') {
  if (!text) return [];
  return text
    .split(';')
    .map((row) => row.trim())
    .filter(Boolean)
    .map((row) => {
      if (separator === ':') {
        const at = row.indexOf(':');
        return at < 0 ? [row, ''] : [row.slice(0, at).trim(), row.slice(at + 1).trim()];
      }
      return row.split(separator).map((cell) => cell.trim());
    });
}

/** The attribute text of rows. @param {string[][]} rows @param {string} [separator] */
export function formatRows(rows, separator = ':') {
  return rows.map((cells) => cells.join(separator)).join('; ');
}

/**
 * @typedef {object} Column
 * @property {string} label    accessible name of the cell's control
 * @property {'date' | 'text' | 'decimal' | 'select'} type
 * @property {[string, string][]} [options]  `(value, text)` pairs for a select
 */

/**
 * Renders a row editor into `tbody`: one control per column and a remove
 * button per row. Ids are `${prefix}-${row}-${column}` so an error such as
 * `invoices[1].amount` can point at its cell.
 * @param {HTMLTableSectionElement} tbody
 * @param {string} prefix
 * @param {string[][]} rows
 * @param {Column[]} columns
 * @param {string} removeLabel
 */
export function renderGrid(tbody, prefix, rows, columns, removeLabel) {
  tbody.replaceChildren(
    ...rows.map((cells, i) => {
      const tr = document.createElement('tr');
      columns.forEach((column, c) => {
        const value = cells[c] ?? '';
        let control;
        if (column.type === 'select') {
          control = document.createElement('select');
          for (const [v, text] of column.options ?? []) control.append(new Option(text, v));
          control.value = value || (column.options?.[0]?.[0] ?? '');
        } else {
          control = Object.assign(document.createElement('input'), { value, autocomplete: 'off' });
          if (column.type === 'date') Object.assign(control, { type: 'date', min: '1900-01-01', max: '2200-12-31' });
          if (column.type === 'decimal') control.inputMode = 'decimal';
        }
        control.id = `${prefix}-${i}-${c}`;
        control.setAttribute('aria-label', `${column.label} ${i + 1}`);
        control.setAttribute('part', 'input');
        control.dataset.rows = prefix;
        // The cell's type sets how much room it asks for when rows stack (cobro.css).
        const td = Object.assign(document.createElement('td'), { className: `cell-${column.type}` });
        td.append(control);
        tr.append(td);
      });
      const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'remove', textContent: '×' });
      remove.dataset.remove = String(i);
      remove.dataset.rows = prefix;
      remove.setAttribute('aria-label', `${removeLabel} ${i + 1}`);
      const td = document.createElement('td');
      td.append(remove);
      tr.append(td);
      return tr;
    }),
  );
}

/** The cells currently in an editor. @param {HTMLTableSectionElement} tbody @returns {string[][]} */
export function readGrid(tbody) {
  return [...tbody.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('input, select')].map((c) => c.value));
}

/**
 * Two-column editor (date, value) with ids `${prefix}-${i}-date` and
 * `${prefix}-${i}-value`, for payments and rate rows.
 * @param {HTMLTableSectionElement} tbody @param {string} prefix @param {string[][]} rows
 * @param {{date: string, value: string, remove: string}} labels
 */
export function renderRows(tbody, prefix, rows, labels) {
  renderGrid(tbody, prefix, rows, [{ label: labels.date, type: 'date' }, { label: labels.value, type: 'decimal' }], labels.remove);
  for (const tr of tbody.querySelectorAll('tr')) {
    const [date, value] = tr.querySelectorAll('input');
    date.id = date.id.replace(/-0$/, '-date');
    value.id = value.id.replace(/-1$/, '-value');
  }
}

/** The pairs currently typed in a two-column editor. @param {HTMLTableSectionElement} tbody */
export function readRows(tbody) {
  return readGrid(tbody).map(([date = '', value = '']) => [date, value]);
}

/**
 * Reads pasted CSV of invoices: number, amount, due date[, paid], one per
 * line; ";" or "," separated (a line with ";" keeps "," as a decimal
 * comma); a header line without a date is skipped.
 * @param {string} text @returns {string[][]}
 */
export function parseInvoiceCsv(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (line.includes(';') ? line.split(';') : line.split(',')).map((c) => c.trim().replace(/^"(.*)"$/, '$1')))
    .filter((cells) => /^\d{4}-\d{2}-\d{2}$/.test(cells[2] ?? ''));
}
