/**
 * Copies text to the clipboard: the Clipboard API first; where Office's web view blocks it (Excel
 * on the web runs the pane in a frame that may lack clipboard-write permission; older web views
 * lack the API), the older copy command on a hidden text box. Resolves false when neither
 * worked: the pane then shows the text selected, to copy with Ctrl+C.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked: try the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
