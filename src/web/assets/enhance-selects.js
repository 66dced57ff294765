/* global window, document */
// Long lists (every organisation, every council officer) become type-to-search boxes with alphagov's
// accessible autocomplete. Only an enhancement: the <select> stays in the form and is what is sent,
// so without JavaScript the plain select still works.
const autocomplete = window.accessibleAutocomplete;

function enhance(select) {
  const textOf = (option) => option.textContent || '';
  const options = () => Array.from(select.options);
  autocomplete.enhanceSelectElement({
    selectElement: select,
    // Nothing chosen yet: an empty box, not the "Select an organisation" placeholder as if it were typed.
    defaultValue: select.value ? textOf(select.options[select.selectedIndex]) : '',
    showAllValues: true,
    autoselect: false,
    confirmOnBlur: false,
    onConfirm(text) {
      const match = options().find((o) => o.value && textOf(o) === text);
      if (match) select.value = match.value;
    },
  });
  // The component leaves the select as it was when its box is emptied: emptied means "none chosen".
  const input = document.getElementById(select.id.replace(/-select$/, ''));
  if (input) {
    input.addEventListener('input', () => {
      const match = options().find((o) => o.value && textOf(o) === input.value);
      select.value = match ? match.value : '';
    });
  }
}

if (autocomplete) {
  for (const select of document.querySelectorAll('select.accord-autocomplete')) enhance(select);
}
