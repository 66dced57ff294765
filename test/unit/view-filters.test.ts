import assert from 'node:assert/strict';
import { it } from 'node:test';
import { selectOptions } from '../../src/web/plugins/view-filters.ts';

it('selectOptions escapes every value and text, and marks the selected one', () => {
  const html = String(selectOptions([
    { value: '', text: 'Any partner' },
    { value: 'a"b', text: '<script>alert("x")</script> & Sons', selected: true },
    { value: "o'k", text: 'Plain' },
  ]));
  assert.equal(
    html,
    '<option value="">Any partner</option>' +
      '<option value="a&quot;b" selected>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons</option>' +
      '<option value="o&#39;k">Plain</option>',
  );
});
