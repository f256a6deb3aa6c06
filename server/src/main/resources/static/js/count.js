// Counts the characters of each textarea with data-count="ID" into the element ID, from its data-template ("{n} of …").
document.querySelectorAll("textarea[data-count]").forEach((area) => {
  const out = document.getElementById(area.dataset.count);
  if (!out || !out.dataset.template) return;
  const show = () => { out.textContent = out.dataset.template.replace("{n}", [...area.value].length.toLocaleString("en")); };
  area.addEventListener("input", show);
  show();
});
