import assert from 'node:assert/strict';
import { it } from 'node:test';
import { selectItems } from '../../src/web/plugins/govuk-items.ts';

it('selectItems escapes every value and text as autoescape does, and marks the selected one', () => {
  const html = String(selectItems({
    name: 'organisation',
    label: { text: 'Organisation' },
    items: [
      { value: '', text: 'Any partner' },
      { value: 'a"b', text: '<script>alert("x")</script> & Sons', selected: true },
      { value: "o'k", text: 'Back\\slash' },
    ],
  }));
  assert.equal(
    html,
    '<option value="">Any partner</option>' +
      '<option value="a&quot;b" selected>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons</option>' +
      '<option value="o&#39;k">Back&#92;slash</option>',
  );
});
