/**
 * A URL as it may be logged: user and password replaced (`https://***:***@host/…`), and query
 * values that look like secrets (token, key, secret, password…) hidden. Text that is not a URL is
 * not echoed at all, since it might be a secret pasted in the wrong variable.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '[not a URL]';
  }
  if (parsed.username) parsed.username = '***';
  if (parsed.password) parsed.password = '***';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/token|key|secret|pass|auth|sig/i.test(key)) parsed.searchParams.set(key, '***');
  }
  const text = parsed.toString();
  // URL adds a slash to a bare origin; the logged value keeps the configured spelling otherwise.
  return url.endsWith('/') || parsed.pathname !== '/' ? text : text.replace(/\/(?=$|\?)/, '');
}
