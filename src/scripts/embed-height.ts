/**
 * Inside an embed: tells the host page how tall the content is, whenever that changes,
 * so public/embed/loader.js can size the iframe. The message carries only a number.
 */
export const HEIGHT_MESSAGE = 'wlp-embed-height';
/** What the loader sends an embed to have it report its height again. */
export const ASK_MESSAGE = 'wlp-embed-ask';

export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret; the loader checks the sender's origin on its side.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  addEventListener('load', send);
  // The host's loader, arriving after the first reports, asks again (the message carries nothing).
  addEventListener('message', (event) => {
    if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== ASK_MESSAGE) return;
    last = 0;
    send();
  });
  send();
}
