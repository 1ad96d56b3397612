/**
 * Where the browser keeps the token that opens a booking: the access token returned when it
 * was created, or a signed view token from an email link's fragment (`#t=…`, never sent to the
 * server in the URL). Kept in localStorage per reference, so a reload or a new tab still works.
 */
const key = (reference: string) => `masterclass:booking-token:${reference.toUpperCase()}`

export const rememberToken = (reference: string, token: string) => {
  try {
    window.localStorage.setItem(key(reference), token)
  } catch {
    window.sessionStorage.setItem(key(reference), token)
  }
}

/** The fragment's token when there is one (remembered for next time), else the stored one. */
export const readToken = (reference: string): null | string => {
  const fromLink = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('t')
  if (fromLink) {
    rememberToken(reference, fromLink)
    // Kept in this browser from now on; the address bar no longer shows it (nor shares it when copied).
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`)
    return fromLink
  }
  try {
    return window.localStorage.getItem(key(reference)) ?? window.sessionStorage.getItem(key(reference))
  } catch {
    return window.sessionStorage.getItem(key(reference))
  }
}
