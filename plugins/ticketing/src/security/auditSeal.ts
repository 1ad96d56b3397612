import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

const VERSION = 'v1'
const FORMAT = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/

/** A new salt for a record (32 random bytes, base64url: 43 characters). */
export const newAuditSalt = (): string => randomBytes(32).toString('base64url')

const keyOf = (secret: string, subject: string, salt: string) => createHmac('sha256', `${secret}:ticketing-audit`).update(`${subject}:${salt}`).digest()

/**
 * Seals `value` (any JSON) for one record (`subject`, e.g. `bookings:12`) with AES-256-GCM
 * under a key derived from the server secret and the record's salt. Without the salt (deleted
 * when the record is erased) nobody can open it again, the database's owner included.
 */
export const sealAuditValue = ({ salt, secret, subject, value }: { salt: string; secret: string; subject: string; value: unknown }): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, subject, salt), iv)
  cipher.setAAD(Buffer.from(subject))
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.')
}

/** Opens what sealAuditValue sealed; undefined when it cannot (wrong salt, subject or secret, or not a sealed value). Never throws. */
export const openAuditValue = ({ salt, sealed, secret, subject }: { salt: string; sealed: unknown; secret: string; subject: string }): unknown => {
  const match = typeof sealed === 'string' ? FORMAT.exec(sealed) : null
  if (!match) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, subject, salt), Buffer.from(match[1]!, 'base64url'))
    decipher.setAAD(Buffer.from(subject))
    decipher.setAuthTag(Buffer.from(match[2]!, 'base64url'))
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(match[3]!, 'base64url')), decipher.final()]).toString('utf8'))
  } catch {
    return undefined
  }
}
