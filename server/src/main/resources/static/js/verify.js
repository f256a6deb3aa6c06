// The /verify page, enhanced: a file dropped on the file field is chosen as if picked, a file over the size limit is
// refused before it is sent, and the answers htmx receives with a problem (400, 413, 429) are shown like any other.
// Without JavaScript the form posts and the page answers the same way.
(function () {
  'use strict';

  function zoneOf(event) {
    return event.target instanceof Element ? event.target.closest('[data-dropzone]') : null;
  }

  function showChosen(zone, input) {
    var out = zone.querySelector('[data-dropzone-chosen]');
    var file = input.files && input.files[0];
    out.hidden = !file;
    out.textContent = file ? zone.dataset.chosenLabel + ' ' + file.name : '';
  }

  function showProblem(message) {
    var outcome = document.getElementById('outcome');
    var box = document.createElement('div');
    box.className = 'flash error verify-problem';
    box.setAttribute('role', 'alert');
    box.textContent = message;
    outcome.replaceChildren(box);
  }

  document.addEventListener('dragover', function (event) {
    var zone = zoneOf(event);
    if (zone) {
      event.preventDefault();
      zone.classList.add('dragging');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var zone = zoneOf(event);
    if (zone && !zone.contains(event.relatedTarget)) {
      zone.classList.remove('dragging');
    }
  });

  document.addEventListener('drop', function (event) {
    var zone = zoneOf(event);
    if (!zone) {
      return;
    }
    event.preventDefault();
    zone.classList.remove('dragging');
    var input = zone.querySelector('input[type=file]');
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.focus();
    }
  });

  document.addEventListener('change', function (event) {
    var zone = zoneOf(event);
    if (zone && event.target.matches('input[type=file]')) {
      showChosen(zone, event.target);
    }
  });

  // Before htmx sees the submit (capture phase): a file over the limit is not worth uploading.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'verify-form') {
      return;
    }
    var input = form.querySelector('input[type=file]');
    var file = input.files && input.files[0];
    if (file && file.size > Number(form.dataset.maxBytes)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      showProblem(form.dataset.tooLarge);
    }
  }, true);

  // The element that made the request: htmx fires htmx:beforeSwap on the target (#outcome, outside the form), so
  // detail.elt is the form only for the request's own events; requestConfig.elt is the form for all of them.
  function fromVerifyForm(event) {
    var config = event.detail.requestConfig;
    var elt = config && config.elt instanceof Element ? config.elt : event.detail.elt;
    return elt instanceof Element && elt.closest('#verify-form') !== null;
  }

  // The answers that carry the page with its message: bad input, too large, too many verifications.
  function isShownProblem(status) {
    return status === 400 || status === 413 || status === 429;
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    if (fromVerifyForm(event)) {
      document.getElementById('outcome').setAttribute('aria-busy', 'true');
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    if (fromVerifyForm(event)) {
      document.getElementById('outcome').removeAttribute('aria-busy');
    }
  });

  // Bad input answers 400 or 413, too many verifications 429, with the page and its message: show it, as a report.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (fromVerifyForm(event) && isShownProblem(event.detail.xhr.status)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The field a problem is about is marked invalid and described by the message, as the page without htmx does.
  function markFields() {
    var problem = document.getElementById('verify-problem');
    var field = problem ? problem.dataset.field : null;
    ['file', 'credential'].forEach(function (id) {
      var input = document.getElementById(id);
      var hint = id + '-hint';
      if (id === field) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', hint + ' verify-problem');
      } else {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', hint);
      }
    });
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target.id === 'outcome') {
      markFields();
      event.detail.target.scrollIntoView({ block: 'start' });
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    if (fromVerifyForm(event)) {
      var form = document.getElementById('verify-form');
      showProblem(form.dataset.networkError);
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    if (fromVerifyForm(event) && !isShownProblem(event.detail.xhr.status)) {
      var form = document.getElementById('verify-form');
      showProblem(form.dataset.networkError);
    }
  });
})();
