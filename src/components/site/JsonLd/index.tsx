/** Structured data for search engines, safe to inline (no `</script>` can break out). */
export function JsonLd({ data }: { data: object }) {
  return <script dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} type="application/ld+json" />
}
