// The bulk upload form: a file over the server's limit is refused here, with the page's own message, before any of
// it is sent (the server would refuse it too, but only after the upload and without that message).
document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-max-bytes]');
  if (!form) {
    return;
  }
  const input = form.querySelector('input[type=file]');
  const error = form.querySelector('[data-upload-error]');
  const file = input && input.files && input.files[0];
  if (file && file.size > Number(form.getAttribute('data-max-bytes'))) {
    event.preventDefault();
    error.textContent = form.getAttribute('data-too-large');
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } else if (error) {
    error.hidden = true;
    input.removeAttribute('aria-invalid');
  }
});
