/**
 * Copies text where the browser allows it; false means "show the text for the user to copy".
 * The async clipboard exists only in secure contexts. On plain-http intranets the older
 * `execCommand('copy')` on a selected, off-screen text area still works within a click, so that is
 * tried next; only when both fail does the caller fall back to a selected text box.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unfocused: the selection copy below may still be allowed.
    }
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  const active = document.activeElement as HTMLElement | null;
  // Inside the open modal dialog, if any: everything outside a modal is inert and cannot be selected.
  (active?.closest('dialog') ?? document.body).appendChild(area);
  try {
    area.focus();
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}
