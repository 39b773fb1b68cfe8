import { type RefCallback, useCallback } from 'react';

/**
 * Copies each column header's words onto that column's body cells as `data-label`, which the
 * phone layout shows before the cell's value. Done on the DOM, so every table, hand-written or
 * ServerTable, gets it without repeating its headers; a MutationObserver keeps new rows labelled.
 * The row header cell (scope="row") is the card's title and gets no label.
 */
export function useCellLabels(): RefCallback<HTMLElement> {
  return useCallback<RefCallback<HTMLElement>>((element) => {
    if (!element) return;
    const label = () => {
      for (const table of element.querySelectorAll('table')) {
        const headers = [...table.querySelectorAll('thead tr:last-child th')].map((th) =>
          (th.textContent ?? '').replace(/[▲▼↕]/g, '').trim(),
        );
        for (const row of table.querySelectorAll('tbody tr')) {
          [...row.children].forEach((cell, index) => {
            const words = cell.getAttribute('scope') === 'row' ? '' : (headers[index] ?? '');
            if (words && cell.getAttribute('data-label') !== words) cell.setAttribute('data-label', words);
            if (!words && cell.hasAttribute('data-label')) cell.removeAttribute('data-label');
          });
        }
      }
    };
    const observer = new MutationObserver(label);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    label();
    return () => observer.disconnect();
  }, []);
}
