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
