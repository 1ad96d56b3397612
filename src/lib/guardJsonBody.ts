import { jsonShapeProblem } from '@masterclass/plugin-ticketing/domain'

/**
 * Wraps one of Payload's route handlers (REST, GraphQL) so that a JSON body with a
 * `__proto__` / `constructor` / `prototype` key, a repeated key or nesting deeper than 8 is
 * refused with 400 VALIDATION before Payload reads it: Payload ignores the first, keeps the last
 * of a repeated key without a word, and answered 500 to deep nesting. The ticketing endpoints
 * check the same (the plugin's readJsonBody); bodies that are not JSON pass untouched.
 */
export const guardJsonBody =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    if (!/\bjson\b/i.test(request.headers.get('content-type') ?? '')) return handler(request, ...rest)
    const text = await request.clone().text()
    let problem: null | string = null
    try {
      JSON.parse(text)
      problem = jsonShapeProblem(text)
    } catch (error) {
      // Malformed JSON is Payload's to answer; JSON too deep for the parser is refused here.
      if (error instanceof RangeError) problem = 'Objects and arrays are nested too deeply.'
    }
    if (!problem) return handler(request, ...rest)
    return Response.json(
      { error: { code: 'VALIDATION', details: { fields: { _: [problem] } }, message: problem }, errors: [{ message: problem }] },
      { headers: { 'Cache-Control': 'no-store' }, status: 400 },
    )
  }
