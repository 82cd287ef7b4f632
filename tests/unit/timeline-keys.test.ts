import { describe, expect, it } from 'vitest';
import { keyAction, ZOOM_STEP } from '../../src/lib/timeline/keys.ts';

describe('timeline keys', () => {
  it('step through events with the arrows, Home and End', () => {
    expect(keyAction({ key: 'ArrowRight' })).toEqual({ kind: 'step', direction: 'next' });
    expect(keyAction({ key: 'ArrowDown' })).toEqual({ kind: 'step', direction: 'next' });
    expect(keyAction({ key: 'ArrowLeft' })).toEqual({ kind: 'step', direction: 'previous' });
    expect(keyAction({ key: 'ArrowUp' })).toEqual({ kind: 'step', direction: 'previous' });
    expect(keyAction({ key: 'Home' })).toEqual({ kind: 'step', direction: 'first' });
    expect(keyAction({ key: 'End' })).toEqual({ kind: 'step', direction: 'last' });
  });

  it('open with Enter or Space, close with Escape, zoom with + and −, move by screens, show all with 0', () => {
    expect(keyAction({ key: 'Enter' })).toEqual({ kind: 'open' });
    expect(keyAction({ key: ' ' })).toEqual({ kind: 'open' });
    expect(keyAction({ key: 'Escape' })).toEqual({ kind: 'close' });
    expect(keyAction({ key: '+' })).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(keyAction({ key: '=' })).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(keyAction({ key: '-' })).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction({ key: 'PageDown' })).toEqual({ kind: 'pan', screens: 0.8 });
    expect(keyAction({ key: '0' })).toEqual({ kind: 'all' });
  });

  it('leave keys with Ctrl, ⌘ or Alt to the browser, and ignore others', () => {
    expect(keyAction({ key: '+', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: 'ArrowRight', metaKey: true })).toBeUndefined();
    expect(keyAction({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(keyAction({ key: 'a' })).toBeUndefined();
    expect(keyAction({ key: 'Tab' })).toBeUndefined();
  });
});
