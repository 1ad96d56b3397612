/** What replaces an erased name (buyers, attendees) and any erased text. */
export const ERASED = '[erased]'

/**
 * What replaces an erased buyer email: still a valid address for the admin's email field, in
 * the reserved `.invalid` domain (RFC 2606), so nothing can ever be delivered to it.
 */
export const ERASED_EMAIL = 'erased@erased.invalid'
