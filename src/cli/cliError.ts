/** A usage or input problem: the CLI prints its message on one line and exits with status 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}
