// Share buttons on a backpack item's page: copy buttons copy their snippet; every share click is recorded by channel
// (POST /backpack/items/ID/shared) without holding up the click itself.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-share]');
  if (!button) {
    return;
  }
  const copy = button.getAttribute('data-copy');
  if (copy) {
    event.preventDefault();
    const source = document.getElementById(copy);
    const text = source.value !== undefined ? source.value : source.textContent;
    if (navigator.clipboard) {
      navigator.clipboard.writeText(text).catch(() => source.select && source.select());
    } else if (source.select) {
      source.select();
    }
    button.textContent = button.getAttribute('data-copied') || 'Copied';
  }
  const panel = button.closest('[data-record]');
  const token = document.querySelector('meta[name="_csrf"]');
  if (!panel || !token) {
    return;
  }
  const form = new FormData();
  form.append('channel', button.getAttribute('data-share'));
  form.append('_csrf', token.getAttribute('content'));
  fetch(panel.getAttribute('data-record'), {method: 'POST', body: form, keepalive: true, credentials: 'same-origin'});
});
