/** The element id of a form field from its path in the request body (`attendees.1.name` → `field-attendees-1-name`). */
export const fieldId = (path: string) => `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`
