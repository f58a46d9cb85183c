// Small behaviour shared by every page; no inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';
  // htmx requests carry the CSRF token from the page's meta tags.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
