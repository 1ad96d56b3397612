const BASE = 'http://same-site.invalid'

/**
 * `value` when it is a path of this site ("/fr/events/paris-2027?x=1"), else `fallback`.
 * Browsers read `\` as `/` and drop tabs and newlines inside a URL, so "/\evil.example" and
 * "/\t/evil.example" would leave the site: any backslash, control character or space is
 * refused, as is "//host"; what is left must still resolve on this site's origin.
 */
export const sameSitePath = (value: null | string | undefined, fallback = '/'): string => {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return fallback
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback
  try {
    const url = new URL(value, BASE)
    return url.origin === BASE ? value : fallback
  } catch {
    return fallback
  }
}
