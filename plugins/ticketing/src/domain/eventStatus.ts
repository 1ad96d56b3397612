/** An event's life: DRAFT (staff only), PUBLISHED, SOLD_OUT (set and lifted with the seats), CANCELLED, COMPLETED. */
export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'SOLD_OUT', 'CANCELLED', 'COMPLETED'] as const

export type EventStatus = (typeof EVENT_STATUSES)[number]
