/** The roles of items that toggle instead of acting (and keep the menu open). */
export const CHECKABLE = ['menuitemcheckbox', 'menuitemradio'];

const isRadio = (element: Element | null): element is HTMLElement => element?.getAttribute('role') == 'menuitemradio';

/**
 * Toggles a checkable item as a click on it does: a checkbox flips `aria-checked`; a radio becomes
 * checked and the radios of its group unchecked. Its group is the run of adjacent radios around it
 * (a separator or any other item ends it), within one parent. Returns false for other items.
 */
export function checkItem(item: HTMLElement): boolean {
  const role = item.getAttribute('role');
  if (role == 'menuitemcheckbox') {
    item.setAttribute('aria-checked', String(item.getAttribute('aria-checked') != 'true'));
    return true;
  }
  if (role != 'menuitemradio') return false;
  let first: Element = item;
  while (isRadio(first.previousElementSibling)) first = first.previousElementSibling;
  for (let radio: Element | null = first; isRadio(radio); radio = radio.nextElementSibling) {
    radio.setAttribute('aria-checked', String(radio == item));
  }
  return true;
}
