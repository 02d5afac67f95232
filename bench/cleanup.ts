/**
 * Everything the bench starts registers how to undo it here: an orderly async teardown for the
 * normal end (and errors), and a synchronous last resort for the `exit` event, so that no server
 * or temporary directory survives a failure or Ctrl-C.
 */

interface Step {
  name: string;
  /** Orderly undo (stop a server, remove a directory). */
  undo: () => Promise<void> | void;
  /** Synchronous and idempotent, for the `exit` event: kill, remove. Defaults to nothing. */
  lastResort?: () => void;
}

export class Cleanup {
  private readonly steps: Step[] = [];
  private running: Promise<void> | undefined;

  /** Steps are undone in reverse order of registration. */
  add(step: Step): void {
    this.steps.push(step);
  }

  /** Runs every registered undo once, newest first; failures are reported, never thrown. */
  run(): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) {
        // Kept registered while it runs: if the process exits meanwhile, its last resort still runs.
        const step = this.steps[this.steps.length - 1]!;
        try {
          await step.undo();
        } catch (error) {
          console.error(`[bench] cleanup of ${step.name} failed:`, error);
          step.lastResort?.();
        }
        this.steps.splice(this.steps.indexOf(step), 1);
      }
    })();
    return this.running;
  }

  /** Synchronous: for `process.on('exit')`, when the orderly teardown could not finish. */
  runLastResorts(): void {
    for (const step of [...this.steps].reverse()) {
      try {
        step.lastResort?.();
      } catch {
        // Nothing more can be done while the process exits.
      }
    }
  }

  /**
   * Ctrl-C / SIGTERM: orderly teardown, then exit with 128 + signal. Whatever is still registered
   * when the process exits (another exit hook won the race, a crash) gets its last resort.
   */
  installProcessHooks(): void {
    const onSignal = (signal: NodeJS.Signals, code: number) => {
      console.error(`\n[bench] ${signal}: stopping servers and removing temporary files…`);
      const force = setTimeout(() => process.exit(code), 15_000);
      force.unref();
      void this.run().finally(() => process.exit(code));
    };
    process.once('SIGINT', () => onSignal('SIGINT', 130));
    process.once('SIGTERM', () => onSignal('SIGTERM', 143));
    process.on('exit', () => this.runLastResorts());
  }
}
