/** Hides notices whose end has passed: a page kept offline must not show last month's "closed until…". */
export function hideExpiredAlerts(root: ParentNode, now: Date = new Date()): void {
  for (const alert of root.querySelectorAll<HTMLElement>('[data-alert-end]')) {
    if (Number(alert.dataset.alertEnd) <= now.getTime()) alert.hidden = true;
  }
}
