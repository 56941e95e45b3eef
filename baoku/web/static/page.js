// Page view: point at or select an article (right) to highlight what it came from on the left — the pieces of
// the original text, and on a page kept with its PDF the boxes over the page image — or click a piece or a box
// to select its article. No framework, no network.
(function () {
  "use strict";
  var view = document.querySelector(".pageview");
  if (!view) return;
  var current = null;

  function pieces(key) {
    var k = CSS.escape(key);
    return view.querySelectorAll('.src[data-a="' + k + '"], .box[data-a="' + k + '"]');
  }

  function show(key) {
    view.querySelectorAll(".src.hl, .box.hl").forEach(function (el) { el.classList.remove("hl"); });
    if (key) pieces(key).forEach(function (el) { el.classList.add("hl"); });
  }

  function select(key, scroll) {
    current = key;
    show(key);
    view.querySelectorAll(".ra.sel").forEach(function (el) { el.classList.remove("sel"); });
    if (!key) return;
    var art = document.getElementById(key);
    if (art) art.classList.add("sel");
    var first = view.querySelector(".box.hl") || view.querySelector(".src.hl");
    if (scroll === "original" && first) {
      first.scrollIntoView({ block: "center", behavior: "smooth" });
    } else if (scroll === "article" && art) {
      art.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
    if (history.replaceState) history.replaceState(null, "", "#" + key);
  }

  view.querySelectorAll(".ra").forEach(function (art) {
    art.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      select(art.dataset.a, "original");
    });
    art.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(art.dataset.a, "original"); }
    });
    art.addEventListener("mouseenter", function () { show(art.dataset.a); });
    art.addEventListener("mouseleave", function () { show(current); });
  });
  view.addEventListener("click", function (ev) {
    var piece = ev.target.closest(".src, .box");
    if (piece && piece.dataset.a) select(piece.dataset.a, "article");
  });
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash && document.getElementById(hash)) select(hash, "original");
})();
