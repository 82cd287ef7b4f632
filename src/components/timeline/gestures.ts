/**
 * Pointer input on the chart, turned into pan and zoom requests in pixels: drag (mouse, pen
 * or one finger) pans, two fingers pinch-zoom around their midpoint, Ctrl/⌘ + wheel (and a
 * trackpad pinch, which browsers report the same way) zooms around the pointer, sideways
 * wheel or Shift + wheel pans. A plain vertical wheel is left to scroll the page; the chart
 * only hints how to zoom. Vertical finger drags scroll the page too (touch-action: pan-y).
 */

export interface ChartGestureHandlers {
  /** Move the view by this many pixels (positive: content moves right, i.e. earlier). */
  pan(dx: number): void;
  /** Zoom by a factor (>1 zooms in) keeping the point at x (px from the chart's left) fixed. */
  zoom(factor: number, x: number): void;
  /** A gesture that changed the view has ended. */
  end(): void;
  /** A plain vertical wheel over the chart: the page scrolls, the chart may show how to zoom. */
  scrollHint(): void;
}

const DRAG_THRESHOLD = 4;

/** Pixels per line or page for wheel events that are not in pixels. */
function wheelPixels(e: WheelEvent, delta: number): number {
  return e.deltaMode === 1 ? delta * 16 : e.deltaMode === 2 ? delta * 400 : delta;
}

/** Attaches the gestures; returns whether the last pointer interaction was a drag (to ignore its click). */
export function attachChartGestures(svg: SVGSVGElement, h: ChartGestureHandlers): { wasDrag(): boolean } {
  const pointers = new Map<number, number>();
  let left = 0;
  let dragging = false;
  let dragged = false;
  let downX = 0;
  let lastX = 0;
  let pinch: { distance: number; mid: number } | undefined;
  let endTimer = 0;

  const x = (e: { clientX: number }) => e.clientX - left;
  const pinchState = () => {
    const [a, b] = [...pointers.values()] as [number, number];
    return { distance: Math.abs(a - b), mid: (a + b) / 2 };
  };

  svg.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    left = svg.getBoundingClientRect().left;
    pointers.set(e.pointerId, x(e));
    if (pointers.size === 1) {
      downX = lastX = x(e);
      dragging = false;
      dragged = false;
    } else if (pointers.size === 2) {
      for (const id of pointers.keys()) if (!svg.hasPointerCapture(id)) svg.setPointerCapture(id);
      pinch = pinchState();
      dragging = true;
      dragged = true;
    }
  });

  svg.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, x(e));
    if (pointers.size >= 2 && pinch) {
      const now = pinchState();
      if (pinch.distance > 0 && now.distance > 0) h.zoom(now.distance / pinch.distance, now.mid);
      h.pan(now.mid - pinch.mid);
      pinch = now;
      return;
    }
    const px = x(e);
    if (!dragging && Math.abs(px - downX) >= DRAG_THRESHOLD) {
      dragging = true;
      dragged = true;
      svg.setPointerCapture(e.pointerId);
      svg.classList.add('is-dragging');
    }
    if (dragging) {
      h.pan(px - lastX);
      lastX = px;
    }
  });

  const up = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size === 1) {
      // From pinch back to one finger: continue as a drag from where that finger is.
      pinch = undefined;
      lastX = [...pointers.values()][0]!;
      return;
    }
    if (pointers.size === 0) {
      pinch = undefined;
      svg.classList.remove('is-dragging');
      if (dragging) h.end();
      dragging = false;
    }
  };
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);

  svg.addEventListener(
    'wheel',
    (e) => {
      const dx = wheelPixels(e, e.deltaX);
      const dy = wheelPixels(e, e.deltaY);
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        h.zoom(Math.exp(-dy * 0.0015), e.clientX - svg.getBoundingClientRect().left);
      } else if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) {
        e.preventDefault();
        h.pan(-(e.shiftKey && dx === 0 ? dy : dx));
      } else {
        h.scrollHint();
        return;
      }
      clearTimeout(endTimer);
      endTimer = window.setTimeout(() => h.end(), 300);
    },
    { passive: false },
  );

  // Marks are links: dragging one must pan, not start the browser's drag-and-drop.
  svg.addEventListener('dragstart', (e) => e.preventDefault());

  svg.addEventListener('dblclick', (e) => {
    if ((e.target as Element).closest('.tl-mark, .tl-cluster')) return;
    h.zoom(e.shiftKey ? 0.5 : 2, e.clientX - svg.getBoundingClientRect().left);
    h.end();
  });

  return { wasDrag: () => dragged };
}

export interface BrushHandlers {
  /** The range's edges in pixels on the overview, as the reader drags them. */
  brush(x0: number, x1: number): void;
  end(): void;
}

/**
 * The overview's brush: drag the window to move the range, drag a handle to move one edge,
 * press outside the window to move it there (keeping its width) and keep dragging.
 */
export function attachBrush(svg: SVGSVGElement, windowOf: () => { x: number; width: number }, h: BrushHandlers): void {
  let drag: { mode: 'move' | 'start' | 'end'; from: number; x: number; width: number; left: number } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const left = svg.getBoundingClientRect().left;
    const px = e.clientX - left;
    const win = windowOf();
    const handle = (e.target as Element).getAttribute('data-handle') as 'start' | 'end' | null;
    let mode: 'move' | 'start' | 'end' = handle ?? 'move';
    let { x, width } = win;
    if (!handle && (px < x || px > x + width)) {
      x = px - width / 2;
      h.brush(x, x + width);
    }
    if (!handle && width < 12) mode = 'move';
    drag = { mode, from: px, x, width, left };
    svg.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const d = e.clientX - drag.left - drag.from;
    if (drag.mode === 'move') h.brush(drag.x + d, drag.x + drag.width + d);
    else if (drag.mode === 'start') h.brush(Math.min(drag.x + d, drag.x + drag.width - 4), drag.x + drag.width);
    else h.brush(drag.x, Math.max(drag.x + drag.width + d, drag.x + 4));
  });
  const up = () => {
    if (!drag) return;
    drag = undefined;
    h.end();
  };
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);
}
