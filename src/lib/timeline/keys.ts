/**
 * Keys in the timeline and what they do. Arrows step through events in time order (across
 * lanes), Home/End jump to the first/last, Enter or Space opens the focused event's details,
 * Escape closes them, + and − zoom, Page Up/Down move a screen earlier/later, 0 shows all.
 * Keys with Ctrl, ⌘ or Alt are left to the browser (Ctrl + zooms the page).
 */
export type KeyAction =
  | { readonly kind: 'step'; readonly direction: 'next' | 'previous' | 'first' | 'last' }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'pan'; readonly screens: number }
  | { readonly kind: 'all' };

/** How much one press of + or − zooms. */
export const ZOOM_STEP = 1.6;

const KEYS: Readonly<Record<string, KeyAction>> = {
  ArrowRight: { kind: 'step', direction: 'next' },
  ArrowDown: { kind: 'step', direction: 'next' },
  ArrowLeft: { kind: 'step', direction: 'previous' },
  ArrowUp: { kind: 'step', direction: 'previous' },
  Home: { kind: 'step', direction: 'first' },
  End: { kind: 'step', direction: 'last' },
  Enter: { kind: 'open' },
  ' ': { kind: 'open' },
  Escape: { kind: 'close' },
  '+': { kind: 'zoom', factor: ZOOM_STEP },
  '=': { kind: 'zoom', factor: ZOOM_STEP },
  '-': { kind: 'zoom', factor: 1 / ZOOM_STEP },
  _: { kind: 'zoom', factor: 1 / ZOOM_STEP },
  PageUp: { kind: 'pan', screens: -0.8 },
  PageDown: { kind: 'pan', screens: 0.8 },
  '0': { kind: 'all' },
};

export function keyAction(e: { readonly key: string; readonly ctrlKey?: boolean; readonly metaKey?: boolean; readonly altKey?: boolean }): KeyAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return KEYS[e.key];
}
