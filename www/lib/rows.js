// Editable lists of small rows (partial payments, rate-table rows) kept in
// one attribute as "2025-06-30:2000; 2025-07-15:1500,50": readable, easy
// to write by hand in HTML, and the single source of truth. Rows are split
// on ";" so a decimal comma ("10,5") stays inside its row.

/**
 * Parses "date:value; date:value" into pairs (blank entries dropped).
 * @param {string | null} text @returns {[string, string][]}
 */
export function parseRows(text) {
  if (!text) return [];
  return text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      return at < 0 ? [item, ''] : [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    });
}

/** The attribute text of pairs. @param {[string, string][]} rows */
export function formatRows(rows) {
  return rows.map(([a, b]) => `${a}:${b}`).join('; ');
}

/**
 * Renders the editor of a row list into `tbody`: one line per row with a
 * date input, a value input and a remove button. Ids are
 * `${prefix}-${i}-date` / `${prefix}-${i}-value` so errors such as
 * `payments[1].amount` can point at them.
 * @param {HTMLTableSectionElement} tbody
 * @param {string} prefix
 * @param {[string, string][]} rows
 * @param {{date: string, value: string, remove: string}} labels accessible names
 */
export function renderRows(tbody, prefix, rows, labels) {
  tbody.replaceChildren(
    ...rows.map(([date, value], i) => {
      const tr = document.createElement('tr');
      const dateInput = Object.assign(document.createElement('input'), {
        type: 'date', id: `${prefix}-${i}-date`, value: date, min: '1900-01-01', max: '2200-12-31',
      });
      dateInput.setAttribute('aria-label', `${labels.date} ${i + 1}`);
      const valueInput = Object.assign(document.createElement('input'), {
        id: `${prefix}-${i}-value`, value, inputMode: 'decimal', autocomplete: 'off',
      });
      valueInput.setAttribute('aria-label', `${labels.value} ${i + 1}`);
      const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'remove', textContent: '×' });
      remove.dataset.remove = String(i);
      remove.setAttribute('aria-label', `${labels.remove} ${i + 1}`);
      for (const control of [dateInput, valueInput]) {
        control.setAttribute('part', 'input');
        control.dataset.rows = prefix;
      }
      remove.dataset.rows = prefix;
      const cells = [dateInput, valueInput, remove].map((control) => {
        const td = document.createElement('td');
        td.append(control);
        return td;
      });
      tr.append(...cells);
      return tr;
    }),
  );
}

/** The pairs currently typed in an editor. @param {HTMLTableSectionElement} tbody */
export function readRows(tbody) {
  return [...tbody.querySelectorAll('tr')].map((tr) => {
    const [date, value] = tr.querySelectorAll('input');
    return [date?.value ?? '', value?.value ?? ''];
  });
}
