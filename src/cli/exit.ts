/** Exit statuses scripts can rely on, and the rule that marks a batch stopped by Ctrl-C. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export const INTERRUPTED = 'batch/interrupted';
