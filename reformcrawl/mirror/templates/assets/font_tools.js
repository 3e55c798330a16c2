(function () {
  var size = 16;
  window.hcmFont = function (d) { size = Math.max(12, Math.min(24, size + d));
    var el = document.querySelector('[data-readable]'); if (el) { el.style.fontSize = size + 'px'; } };
  window.hcmColor = function (c) { var el = document.querySelector('[data-readable]'); if (el) { el.style.color = c; } };
})();
