var adZones = [${zones}];
window.adsQueue = window.adsQueue || [];
adZones.forEach(function (z) {
  window.adsQueue.push({zone: z, src: 'https://ads.example.invalid/serve?zone=' + encodeURIComponent(z)});
});
document.addEventListener('DOMContentLoaded', function () {
  var slots = document.querySelectorAll('[data-zone]');
  for (var i = 0; i < slots.length; i++) { slots[i].setAttribute('data-ready', '1'); }
});
