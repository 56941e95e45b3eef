// Page view: select an article (right) to highlight the pieces of the original text (left) it came from,
// or click a piece of the original to select its article. No framework, no network.
(function () {
  "use strict";
  var original = document.getElementById("original");
  if (!original) return;
  var current = null;

  function select(key, scroll) {
    if (current === key) return;
    current = key;
    document.querySelectorAll(".src.hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll(".ra.sel").forEach(function (el) { el.classList.remove("sel"); });
    if (!key) return;
    var pieces = original.querySelectorAll('.src[data-a="' + CSS.escape(key) + '"]');
    pieces.forEach(function (el) { el.classList.add("hl"); });
    var art = document.getElementById(key);
    if (art) art.classList.add("sel");
    if (scroll === "original" && pieces.length) {
      pieces[0].scrollIntoView({ block: "center", behavior: "smooth" });
    } else if (scroll === "article" && art) {
      art.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
    if (history.replaceState) history.replaceState(null, "", "#" + key);
  }

  document.querySelectorAll(".ra").forEach(function (art) {
    art.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      select(art.dataset.a, "original");
    });
    art.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(art.dataset.a, "original"); }
    });
  });
  original.addEventListener("click", function (ev) {
    var piece = ev.target.closest(".src");
    if (piece && piece.dataset.a) select(piece.dataset.a, "article");
  });
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash && document.getElementById(hash)) select(hash, "original");
})();
