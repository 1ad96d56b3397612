import type { Route } from './types.js'

export interface RouteMatch<H> {
  route: Route<H>
  pathParams: Record<string, string>
}

/** First route whose method and `/a/:param/b` pattern match the path. */
export function router<H>(routes: ReadonlyArray<Route<H>>, method: string, path: string): RouteMatch<H> | null {
  const segments = path.split('/')
  for (const route of routes) {
    if (route.method !== method) continue
    const pattern = route.pattern.split('/')
    if (pattern.length !== segments.length) continue
    const pathParams: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      if (part.startsWith(':')) {
        if (segments[index] === '') return false
        pathParams[part.slice(1)] = decodeURIComponent(segments[index])
        return true
      }
      return part === segments[index]
    })
    if (matches) return { route, pathParams }
  }
  return null
}
