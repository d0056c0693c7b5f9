// Sends the CSRF token with every htmx request; the page carries it in meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A live filter the user changed before the scripts had loaded (a slow connection, a quick hand)
// would otherwise wait for the next keystroke; apply it as soon as htmx is ready.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form[hx-trigger]').forEach(function (form) {
    var changed = Array.prototype.some.call(form.elements, function (field) {
      if (field.tagName === 'SELECT') {
        // Without a selected attribute the first option is the default.
        var initial = Array.prototype.findIndex.call(field.options, function (option) {
          return option.defaultSelected;
        });
        return field.selectedIndex !== Math.max(initial, 0);
      }
      return 'defaultValue' in field && field.value !== field.defaultValue;
    });
    if (changed && window.htmx) {
      htmx.trigger(form, 'change');
    }
  });
});

// A form marked data-submit-once is sent once: a double click or an impatient second click must not
// register a deal twice. The server also refuses a repeated register form (its token).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute('data-submit-once')) {
    return;
  }
  var submitter = event.submitter;
  // Adding or removing a product line re-shows the form; only the final submission counts.
  if (submitter && submitter.hasAttribute('formnovalidate')) {
    return;
  }
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  form.setAttribute('aria-busy', 'true');
});
