(function () {
  if (!('IntersectionObserver' in window)) { return; }
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (!e.isIntersecting) { return; }
      var img = e.target; var src = img.getAttribute('data-src');
      if (src) { img.src = src; img.removeAttribute('data-src'); }
      io.unobserve(img);
    });
  }, {rootMargin: '200px 0px'});
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('img[data-src]').forEach(function (img) { io.observe(img); });
  });
})();
