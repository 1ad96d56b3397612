/** Header carrying the template kind of a sent email (no personal data), for logs and tracing. */
export const templateHeader = 'X-Ticketing-Template'
