import { ImageResponse } from 'next/og'

/** A sharing image (1200×630) for pages and events without one of their own: the title on the site's colours. */
export function GET(request: Request): ImageResponse {
  const params = new URL(request.url).searchParams
  const title = (params.get('title') || 'Masterclass ACT').slice(0, 120)
  const subtitle = (params.get('subtitle') || '').slice(0, 120)
  return new ImageResponse(
    (
      <div style={{ background: '#0d3b4c', color: '#f6f3ec', display: 'flex', flexDirection: 'column', height: '100%', justifyContent: 'space-between', padding: 72, width: '100%' }}>
        <div style={{ color: '#f7c9b3', display: 'flex', fontSize: 30, letterSpacing: 4, textTransform: 'uppercase' }}>Masterclass ACT · Russ Harris</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
          {subtitle ? <div style={{ color: '#c9dde4', display: 'flex', fontSize: 36, marginTop: 24 }}>{subtitle}</div> : null}
        </div>
      </div>
    ),
    { headers: { 'Cache-Control': 'public, max-age=86400' }, height: 630, width: 1200 },
  )
}
