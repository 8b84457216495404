/** One self-rewriting status line on a terminal for batch runs; silent when not a terminal. */
export class Progress {
  private readonly live: boolean;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly verb: string,
    quiet: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.live = !quiet && stream.isTTY === true && total > 1;
  }

  tick(done: number, file: string): void {
    if (!this.live) return;
    const now = Date.now();
    if (now - this.last < 80 && done < this.total) return;
    this.last = now;
    const width = (this.stream.columns ?? 80) - 20;
    const name = file.length > width ? `…${file.slice(-width + 1)}` : file;
    this.stream.write(`\r\x1b[K${this.verb} [${done}/${this.total}] ${name}`);
  }

  done(): void {
    if (this.live) this.stream.write('\r\x1b[K');
  }
}
