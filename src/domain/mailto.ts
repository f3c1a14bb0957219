// mailto: links that open the user's own mail program with a prepared message.

/** RFC 6068: addresses comma-separated, subject and body percent-encoded (spaces as %20, newlines as %0D%0A). */
export function mailtoLink(to: readonly string[], subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to.map(encodeURIComponent).join(',')}?subject=${encode(subject)}&body=${encode(body)}`;
}
