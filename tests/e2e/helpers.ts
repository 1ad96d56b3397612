import type { Page } from 'playwright-core'

export { launchChromium } from '../helpers/launchChromium'

export const api = async <T = any>(site: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ body: T; status: number }> => {
  const res = await fetch(`${site}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
    method,
  })
  return { body: (await res.json()) as T, status: res.status }
}

export const signIn = async (page: Page, site: string, email: string, password: string) => {
  await page.goto(`${site}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('login'))
}
