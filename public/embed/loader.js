// @ts-check
/**
 * WeChat Link Policy History — embed loader for host pages.
 *
 *   <iframe src="https://…/embed/platforms/taobao/" data-wlp-embed width="100%" height="640"
 *           loading="lazy" title="…" style="border:0"></iframe>
 *   <script src="https://…/embed/loader.js" async></script>
 *
 * Resizes each such iframe to its content. It accepts a message only from the window of
 * one of those iframes, only from that iframe's own origin, and only a whole number of
 * pixels between MIN and MAX; anything else is ignored. It makes no requests.
 */
(function () {
  'use strict';
  var TYPE = 'wlp-embed-height';
  var ASK = 'wlp-embed-ask';
  var MIN = 100;
  var MAX = 12000;
  if (/** @type {any} */ (window).__wlpEmbedLoader) return;
  /** @type {any} */ (window).__wlpEmbedLoader = true;

  /** @param {MessageEvent} event */
  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    var frames = document.querySelectorAll('iframe[data-wlp-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (event.origin !== origin) return;
      frame.style.height = Math.round(height) + 'px';
      frame.setAttribute('data-wlp-height', String(Math.round(height)));
      return;
    }
  }
  window.addEventListener('message', onMessage);
  // An embed reports its height as it loads; when this script arrives later (it is async),
  // those messages are gone: ask each embed to say it again.
  var frames = document.querySelectorAll('iframe[data-wlp-embed]');
  for (var i = 0; i < frames.length; i++) {
    var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
    var ask = function (/** @type {HTMLIFrameElement} */ f) {
      try {
        if (f.contentWindow) f.contentWindow.postMessage({ type: ASK }, new URL(f.src, location.href).origin);
      } catch (e) {
        /* not yet navigated, or no valid address: its load message will come */
      }
    };
    ask(frame);
    frame.addEventListener('load', ask.bind(null, frame));
  }
})();
