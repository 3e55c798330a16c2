document.addEventListener('DOMContentLoaded', function () {
  var t = document.querySelector('.${toggle}'), m = document.querySelector('.${menu}');
  if (t && m) { t.addEventListener('click', function (ev) { ev.preventDefault(); m.classList.toggle('open'); }); }
  var top = document.getElementById('back-to-top');
  if (top) {
    window.addEventListener('scroll', function () { top.style.display = window.scrollY > 400 ? 'block' : 'none'; });
    top.addEventListener('click', function (ev) { ev.preventDefault(); window.scrollTo({top: 0, behavior: 'smooth'}); });
  }
});
