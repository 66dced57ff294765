// A downloaded document's name (decision 45): the name it was uploaded with, made safe to put in a
// Content-Disposition header and on anyone's disk. No folders (../), no quotes, backslashes or control
// characters (a header split by \r\n), no leading dot; letters of any language kept in filename*, plain
// ASCII in filename for old clients.

const MAX = 120;

/** The uploaded name made safe: path, control and quoting characters gone, at most 120 characters, its extension kept. */
export function safeFilename(original: string, fallbackExtension: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|;%]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = name.lastIndexOf('.');
  // The extension is always the one its contents were found to be; the stem never starts with a dot.
  const stem = (dot >= 0 ? name.slice(0, dot) : name).replace(/^[.\s]+/, '').trim();
  name = `${stem || (dot === 0 ? name.slice(1) : '') || 'document'}.${fallbackExtension}`;
  if (name === `${fallbackExtension}.${fallbackExtension}`) name = `document.${fallbackExtension}`;
  if ([...name].length > MAX) {
    const e = name.slice(name.lastIndexOf('.'));
    name = [...name].slice(0, MAX - e.length).join('').trim() + e;
  }
  return name;
}

/** The header a download is sent with: always an attachment, never shown in the browser. */
export function attachmentDisposition(safe: string): string {
  const ascii = safe.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
