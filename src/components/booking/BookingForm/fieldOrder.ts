/** The form's fields in screen order, as request paths: the error summary lists problems in this order. */
export const fieldOrder = (quantity: number): string[] => [
  'quantity',
  'buyer.name',
  'buyer.email',
  'buyer.phone',
  ...Array.from({ length: quantity }, (_, index) => [`attendees.${index}.name`, `attendees.${index}.email`]).flat(),
  'attendees',
  ...['company', 'address.line1', 'address.line2', 'address.postalCode', 'address.city', 'address.country', 'vatNumber', 'registrationNumber', 'purchaseOrder', 'address'].map((path) => `invoice.${path}`),
]
