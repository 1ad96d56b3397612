import { siteUrl } from '../_lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /robots.txt: the public site is indexable; the admin, the API and previews are not. */
export async function GET(): Promise<Response> {
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /preview', '', `Sitemap: ${await siteUrl()}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
