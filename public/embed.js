// Loaded by a page that embeds this site's charts (the embed code of src/format/embed.ts): fits each
// chart's iframe to the height its page reports (src/client/embed-height.ts). A sandboxed frame's
// messages come from origin "null", so a frame is found by the window that sent the message, and
// only a frame whose address is an embed page of the site this script came from is resized. Loaded
// twice, it still listens once. Without it the iframe keeps the height written in the code.
(function () {
  'use strict';
  var FLAG = '__iraqsRecruitsEmbeds';
  if (window[FLAG]) return;
  window[FLAG] = true;
  var HEIGHT = 'iraqs-recruits:height';
  var MEASURE = 'iraqs-recruits:measure';
  var me = document.currentScript && document.currentScript.src;
  // The site's root is the folder this script is served from (the base path included).
  var root = new URL('.', me || location.href).href;
  var prefixes = [root + 'embed/', root + 'ar/embed/'];
  var ours = function (frame) {
    var src = frame.getAttribute('src');
    if (!src) return false;
    var url = new URL(src, location.href).href;
    return prefixes.some(function (p) {
      return url.indexOf(p) === 0;
    });
  };
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== HEIGHT) return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 1 || h > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!ours(frame)) return;
      var px = String(Math.ceil(h));
      frame.setAttribute('height', px);
      // Through the CSSOM, which a host's style-src does not restrict; it wins over a stylesheet's height.
      frame.style.setProperty('height', px + 'px', 'important');
      return;
    }
  });
  // Frames that reported before this script ran are asked again.
  var ask = function () {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (ours(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: MEASURE }, '*');
    }
  };
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  window.addEventListener('load', ask);
})();
