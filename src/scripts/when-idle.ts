/**
 * Runs `task` when the browser is idle (and within 2 s at the latest), or after 200 ms where
 * it cannot tell; returns the handle. Browser only.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : window.setTimeout(task, 200);
}
