window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('config', '${measurement_id}', {'anonymize_ip': true, 'site': '${site}'});
(function (w, d) {
  var q = w._stq = w._stq || [];
  q.push(['site', '${site}']); q.push(['track', 'pageview']);
  var s = d.createElement('script'); s.async = true;
  s.src = 'https://stats.example.invalid/s.js?site=${site}';
  s.onerror = function () { q.push(['offline']); };
  var f = d.getElementsByTagName('script')[0]; if (f && f.parentNode) { f.parentNode.insertBefore(s, f); }
})(window, document);
