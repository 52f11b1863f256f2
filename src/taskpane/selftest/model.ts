/**
 * What the self-test ("Tự kiểm tra") finds, as plain data: the host, the requirement sets, and
 * one result per check. The pane renders it; {@link reportText} turns it into the text the IT
 * officer copies into an e-mail.
 */

/** The Excel the pane runs in, as Office reports it. */
export interface HostInfo {
  /** "Excel cho Windows", "Excel cho Mac", "Excel trên web" … (from the platform). */
  kind: string;
  /** `Office.context.diagnostics.platform` (PC, Mac, OfficeOnline …), or null when not reported. */
  platform: string | null;
  /** `Office.context.diagnostics.version`: the build, e.g. 16.0.17928.20114. */
  version: string | null;
  /** Office's display language (vi-VN …). */
  language: string | null;
  /** The web view's user agent (which browser engine runs the pane). */
  userAgent: string | null;
}

/** One requirement set the add-in relies on, as `isSetSupported` answered. */
export interface RequirementResult {
  /** `ExcelApi 1.13`. */
  set: string;
  supported: boolean;
  /** What does not work without it (Vietnamese). */
  disables: string;
  /** The add-in works without it by another way. */
  optional: boolean;
}

/** Why a check did not pass, with Excel's own words where Excel refused. */
export interface CheckFailure {
  /** Vietnamese sentence: what differed, or what Excel refused. */
  text: string;
  /** Excel's error code (`InvalidArgument` …), when Excel raised one. */
  code: string | null;
  /** Excel's own message, as Office gave it (in Office's language). */
  excelMessage: string | null;
  /** Where in the request Excel failed (`debugInfo.errorLocation`), when it says. */
  location: string | null;
  /**
   * The error's own text (`TypeError: …`) when it is neither Excel's refusal nor a sentence of
   * the add-in's: for the developers, so only in the copied report, never in the pane.
   */
  raw: string | null;
}

export type CheckOutcome =
  | { status: 'pass'; note: string | null }
  | { status: 'fail'; failure: CheckFailure }
  | { status: 'skip'; reason: string };

export interface CheckResult {
  id: string;
  label: string;
  outcome: CheckOutcome;
  /** How long the check took, for the developers (never asserted). */
  ms: number;
}

export interface SelfTestReport {
  /** ISO time the run started. */
  startedAt: string;
  /** The add-in's version (package.json). */
  addinVersion: string;
  host: HostInfo;
  requirements: RequirementResult[];
  checks: CheckResult[];
}

/**
 * Counts of a report's lines: requirement sets and checks that passed, did not, or were not run.
 * A missing optional set counts as passed: the add-in works without it by design.
 */
export function reportCounts(report: SelfTestReport): { passed: number; failed: number; notRun: number } {
  const statuses = [...report.requirements.map((r) => (r.supported || r.optional ? 'pass' : 'fail')), ...report.checks.map((c) => c.outcome.status)];
  return {
    passed: statuses.filter((s) => s === 'pass').length,
    failed: statuses.filter((s) => s === 'fail').length,
    notRun: statuses.filter((s) => s === 'skip').length,
  };
}
