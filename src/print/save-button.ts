/**
 * The words on the "Save for offline" button without the page size it shows beside them
 * ("Save for offline ({{size}} KB)" → "Save for offline"), so the poster names the button readers
 * will see, in every language, without a second string to keep in step.
 */
export function saveButtonName(label: string): string {
  return label.replace(/\s*[(（][^()（）]*\{\{size\}\}[^()（）]*[)）]/u, '').trim();
}
