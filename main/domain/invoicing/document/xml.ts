/** A tiny XML tree and its serialisation: enough for the Factur-X CII document, with escaping done once, here. */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string | null;
}

/** What `el()` accepts as content: text, child elements, or nothing (skipped, so optional parts read inline). */
export type XmlContent = string | XmlElement | null | undefined | false | XmlContent[];

export function el(name: string, content: XmlContent = [], attributes: Record<string, string> = {}): XmlElement {
  if (typeof content === 'string') return { name, attributes, children: [], text: content };
  return { name, attributes, children: elementsOf(content), text: null };
}

function elementsOf(content: XmlContent): XmlElement[] {
  if (Array.isArray(content)) return content.flatMap(elementsOf);
  return typeof content === 'object' && content !== null ? [content] : [];
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab, line feed and carriage return; lone surrogates).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** The element as an indented UTF-8 document, with its XML declaration. */
export function serialize(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root)}\n`;
}

/** The element alone, indented, without a declaration (for an XMP packet). */
export function serializeElement(root: XmlElement): string {
  return lines(root, '').join('\n');
}

function lines(node: XmlElement, indent: string): string[] {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.text !== null) return [`${open}>${escapeText(node.text)}</${node.name}>`];
  if (node.children.length === 0) return [`${open}/>`];
  return [`${open}>`, ...node.children.flatMap((child) => lines(child, `${indent}  `)), `${indent}</${node.name}>`];
}
