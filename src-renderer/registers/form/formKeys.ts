import type { KeyboardEvent } from 'react';

/**
 * Ctrl/Cmd+Enter saves from anywhere in the form. A plain Enter never does: browsers submit a form on
 * Enter in any one-line input, and here Enter also picks an option in a select or confirms an IME
 * composition, so an accidental save would be one keystroke away.
 */
export const formKeyHandler = (save: () => void) => (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    save();
  } else if (event.target instanceof HTMLInputElement) {
    event.preventDefault();
  }
};
