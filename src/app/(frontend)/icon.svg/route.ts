/** The site's icon: the "ACT" mark of the header. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#0d3b4c"/><text x="32" y="39" font-family="system-ui,sans-serif" font-size="20" font-weight="700" fill="#f6f3ec" text-anchor="middle">ACT</text></svg>`

export function GET(): Response {
  return new Response(SVG, { headers: { 'Cache-Control': 'public, max-age=604800', 'Content-Type': 'image/svg+xml' } })
}
