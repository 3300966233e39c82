// A page that refuses its input answers 422 (409 when the record changed underneath) with the errors beside the
// fields; htmx 2 swaps no 4xx answer by default, so those two are swapped like a 200 (the rest as htmx's defaults).
if (window.htmx) {
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '409|422', swap: true },
    { code: '[45]..', swap: false, error: true }
  ];
}

// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A final or destructive action asks first and says what follows: <form data-confirm="...">.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
