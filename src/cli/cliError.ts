/** A usage or input problem: the CLI prints its message on one line and exits with status 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}

/** A command that ran but found problems: its report goes to stdout, and the exit code is `code`. */
export class CliReportError extends Error {
  constructor(
    readonly output: string,
    readonly code: number,
  ) {
    super(output.split('\n')[0])
    this.name = 'CliReportError'
  }
}
