/** Responses for the data endpoints, with the right content types. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
