/** Parameters every Stripe list endpoint accepts (`PaginationParams` + `expand`). */
export const listParamSpecs = {
  limit: { kind: 'integer', min: 1, max: 100 },
  starting_after: { kind: 'string' },
  ending_before: { kind: 'string' },
  expand: { kind: 'list' },
} as const
