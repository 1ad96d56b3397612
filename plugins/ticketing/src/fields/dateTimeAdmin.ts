/**
 * How the admin shows and picks the plugin's dates: day and time, written as the admin's
 * language does (date-fns `PPp`: "6 déc. 2026, 13:00", "Dec 6, 2026, 1:00 PM").
 */
export const dateTimeAdmin = { displayFormat: 'PPp', pickerAppearance: 'dayAndTime' } as const

/** The admin of a date only the system writes: read-only, shown as text (ReadOnlyDateTime). */
export const systemDateAdmin = { components: { Field: '@masterclass/plugin-ticketing/client#ReadOnlyDateTime' }, date: dateTimeAdmin, readOnly: true } as const
