/**
 * Most static hosts (SPA settings, CMSs) answer a path they do not have with their index.html
 * and status 200: an HTML answer to a request for JSON means the file is not there.
 */
export const isHtmlAnswer = (contentType: string | null, body: string): boolean =>
  /html/i.test(contentType ?? '') || /^\s*</.test(body);
