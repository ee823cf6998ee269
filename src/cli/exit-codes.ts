/**
 * Exit codes of the `bersih` command, one per kind of failure so scripts can tell a page without
 * an article (worth retrying with another URL) from a missing file or a usage mistake.
 */
export const ExitCode = {
  ok: 0,
  usage: 1,
  noArticle: 2,
  unreadable: 3,
  notHtml: 4,
  tooLarge: 5,
  /** Over a page limit other than bytes: elements, memory or time (see limits.ts). */
  overLimit: 6,
  /** `batch` only: the manifest listed pages and not one of them was extracted. */
  noPageDone: 7,
  /** `fetch` only: no connection (DNS, refused, reset), a bad redirect. */
  network: 10,
  /** `fetch` only: the server answered with an HTTP error status. */
  httpError: 11,
  /** `fetch` only: the server did not answer within `--timeout`. */
  timeout: 12,
  /** BSD sysexits' EX_SOFTWARE: a bug in bersih, not in the input. */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the CLI reports as one line on stderr and turns into its exit code. */
export class CliError extends Error {
  constructor(
    readonly code: ExitCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
