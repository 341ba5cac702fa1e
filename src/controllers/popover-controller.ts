import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Where the popover opens: its side of the anchor, then which edges align (start/end: logical). */
export type Placement = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';

export interface PopoverOptions {
  /** The element the popover is anchored to. */
  anchor(): HTMLElement | null | undefined;
  /** The `popover="manual"` element. */
  popover(): HTMLElement | null | undefined;
  isOpen(): boolean;
  dir(): 'ltr' | 'rtl';
  placement(): Placement | string | null | undefined;
}

/** The gap between the anchor and the popover, and the margin kept to the viewport's edges. */
const GAP = 4;
const MARGIN = 8;

/**
 * Shows a `popover="manual"` element in the top layer while the host says it is open, and places
 * it with `position: fixed` from the anchor's box, as the placement asks: below (`bottom-*`, the
 * default) or above (`top-*`) with a small gap, end or start edges aligned (mirrored in
 * right-to-left text); on the other side when only that fits; when neither does, on the roomier
 * side, scrolling within it; always inside the viewport. It measures after each render and on
 * `resize` and any `scroll`, listened to only while open. Without the popover API the host's
 * styles show the popover by its `open` attribute.
 */
export class AnchoredPopoverController implements ReactiveController {
  #options: PopoverOptions;
  #listening = false;

  constructor(host: Host, options: PopoverOptions) {
    host.addController(this);
    this.#options = options;
  }

  hostUpdated(): void {
    const open = this.#options.isOpen();
    // Closed now and at the last update (listening only while open): nothing to hide, measure or
    // stop listening to. Most updates of most elements end here.
    if (!open && !this.#listening) return;
    const popover = this.#options.popover();
    if (popover) {
      try {
        if (open != popover.matches(':popover-open')) {
          if (open) popover.showPopover();
          else popover.hidePopover();
        }
      } catch {
        // no popover API: the styles show it by the host's `open` attribute
      }
    }
    this.#listen(open);
    if (open) this.place();
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** Computes the popover's position from the anchor's box and the viewport. */
  readonly place = (): void => {
    const anchor = this.#options.anchor();
    const popover = this.#options.popover();
    if (!anchor || !popover) return;
    const style = popover.style;
    style.maxHeight = '';
    const a = anchor.getBoundingClientRect();
    const { width, height } = popover.getBoundingClientRect();
    const { clientWidth, clientHeight } = popover.ownerDocument.documentElement;
    const below = clientHeight - a.bottom - GAP - MARGIN;
    const above = a.top - GAP - MARGIN;
    const [side, align] = String(this.#options.placement() ?? '').split('-');
    const top = side == 'top';
    const up = top
      ? height <= above || (height > below && above > below)
      : height > below && (height <= above || above > below);
    const room = up ? above : below;
    if (height > room) style.maxHeight = room + 'px';
    const shown = Math.min(height, room);
    const y = up ? a.top - GAP - shown : a.bottom + GAP;
    // The end edges align unless `start` is asked; in right-to-left text the end is the left.
    const leftAligned = (align == 'start') != (this.#options.dir() == 'rtl');
    const left = leftAligned ? a.left : a.right - width;
    style.top = Math.max(MARGIN, Math.min(y, clientHeight - MARGIN - shown)) + 'px';
    style.left = Math.max(MARGIN, Math.min(left, clientWidth - MARGIN - width)) + 'px';
  };

  #listen(on: boolean): void {
    if (on == this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('resize', this.place);
    window[method]('scroll', this.place, true);
  }
}
