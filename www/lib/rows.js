// Editable lists of small rows (partial payments, rate-table rows,
// invoices, promises) kept in one attribute as text, the single source of
// truth: rows split on ";" and cells on ":" (two columns:
// "2025-06-30:2000; 2025-07-15:1500,50") or "|" (more columns:
// "F-101|1000|2026-10-01|0"). A decimal comma ("10,5") stays inside its
// cell; a cell holding ";", "|" or ":" has it escaped with a backslash, so
// what a user types never changes the rows around it. Also pasted CSV.

/**
 * Splits `text` on `separator` where it is not escaped by a backslash.
 * @param {string} text @param {string} separator @returns {string[]}
 */
function splitEscaped(text, separator) {
  const out = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      out[out.length - 1] += c + text[++i];
    } else if (c === separator) {
      out.push('');
    } else {
      out[out.length - 1] += c;
    }
  }
  return out;
}

/** A cell as written in attribute text: `\ ; | :` escaped with a backslash. */
function escapeCell(cell) {
  return String(cell).replace(/[\\;|:]/g, (c) => `\\${c}`);
}

/** The cell an escaped text stands for. */
function unescapeCell(text) {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * Parses attribute text into rows of cells (blank rows dropped). A cell may
 * hold `;`, `|` or `:` escaped with a backslash (as formatRows writes them).
 * @param {string | null} text @param {string} [separator] ":" or "|"
 * @returns {string[][]}
 */
export function parseRows(text, separator = ':') {
  if (!text) return [];
  return splitEscaped(text, ';')
    .map((row) => row.trim())
    .filter(Boolean)
    .map((row) => {
      const cells = splitEscaped(row, separator);
      // Two columns: everything after the first ":" is the second cell.
      const parts = separator === ':' ? [cells[0], cells.slice(1).join(':')] : cells;
      return parts.map((cell) => unescapeCell(cell.trim()));
    });
}

/** The attribute text of rows, each cell escaped. @param {string[][]} rows @param {string} [separator] */
export function formatRows(rows, separator = ':') {
  return rows.map((cells) => cells.map(escapeCell).join(separator)).join('; ');
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
 * Splits CSV text into records of fields (RFC 4180): fields in double
 * quotes may hold the delimiter, line breaks and `""` for a quote. The
 * delimiter is ";" when the first line has one outside quotes (Spanish
 * spreadsheets, where "," is the decimal comma), else ",".
 * @param {string} text
 * @returns {{fields: string[], line: number}[]} each record with its first line number (1-based)
 */
export function parseCsv(text) {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const records = [];
  let fields = [''];
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fields[fields.length - 1] += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else if (c === '\r' && text[i + 1] === '\n') {
        // A CRLF inside a quoted field is kept as one line break.
      } else {
        if (c === '\n') line++;
        fields[fields.length - 1] += c;
      }
    } else if (c === '"' && fields[fields.length - 1].trim() === '') {
      fields[fields.length - 1] = '';
      quoted = true;
    } else if (c === delimiter) {
      fields.push('');
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      records.push({ fields, line: start });
      fields = [''];
      line++;
      start = line;
    } else {
      fields[fields.length - 1] += c;
    }
  }
  records.push({ fields, line: start });
  return records
    .map((r) => ({ ...r, fields: r.fields.map((f) => f.trim()) }))
    .filter((r) => r.fields.some(Boolean));
}

/**
 * A date as typed in a spreadsheet: `YYYY-MM-DD`, or `dd/mm/yyyy`
 * (`mm/dd/yyyy` for en-US), as `YYYY-MM-DD`; null when it is neither.
 * @param {string} text @param {string} locale
 */
export function csvDate(text, locale) {
  const pad = (n) => n.padStart(2, '0');
  let iso = text;
  const m = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) {
    const [day, month] = locale === 'en-US' ? [m[2], m[1]] : [m[1], m[2]];
    iso = `${m[3]}-${pad(month)}-${pad(day)}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  // A day that exists: 2026-02-31 and 2026-13-01 are not dates.
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

/**
 * Reads pasted CSV of invoices: number, amount, due date[, paid], one per
 * record. A first line without a date is a header and is skipped; every
 * other record that cannot be read is reported with its line, never
 * dropped in silence.
 * @param {string} text @param {string} [locale]
 * @returns {{rows: string[][], rejected: {line: number, text: string}[]}}
 */
export function parseInvoiceCsv(text, locale = 'es-ES') {
  const rows = [];
  const rejected = [];
  parseCsv(text).forEach(({ fields, line }, index) => {
    const due = csvDate(fields[2] ?? '', locale);
    const complete = fields[0] && fields[1] && due && fields.length <= 4;
    if (complete) rows.push([fields[0], fields[1], due, fields[3] ?? '']);
    else if (!(index === 0 && !fields.some((f) => csvDate(f, locale)))) rejected.push({ line, text: fields.join(' · ').slice(0, 80) });
  });
  return { rows, rejected };
}
