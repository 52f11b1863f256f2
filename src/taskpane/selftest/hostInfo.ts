import type { HostInfo, RequirementResult } from './model';
import { REQUIREMENT_SETS, setLabel } from './requirementSets';

/** The part of `Office.context` the self-test reads (the recording fake gives the same shape). */
export interface OfficeSurface {
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null;
  diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } | null;
  platform?: unknown;
  displayLanguage?: string | null;
}

/** `Office.PlatformType` values and how the report names them. */
const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  PC: 'Excel cho Windows',
  Mac: 'Excel cho Mac',
  OfficeOnline: 'Excel trên web',
  iOS: 'Excel cho iPad',
  Android: 'Excel cho Android',
  Universal: 'Excel (ứng dụng Windows phổ quát)',
};

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The host as Office reports it: `Office.context.diagnostics` (ExcelApi-independent, Office
 * common API) for platform and build, `Office.context.platform` when diagnostics lack it.
 *
 * @example
 * readHostInfo({ diagnostics: { platform: 'PC', version: '16.0.17928.20114' } }, 'Mozilla/5.0 …').kind // 'Excel cho Windows'
 */
export function readHostInfo(office: OfficeSurface, userAgent: string | null): HostInfo {
  const platform = textOf(office.diagnostics?.platform) ?? textOf(office.platform);
  return {
    kind: (platform && PLATFORM_NAMES[platform]) ?? 'Excel (nền tảng không rõ)',
    platform,
    version: textOf(office.diagnostics?.version),
    language: office.displayLanguage ?? null,
    userAgent,
  };
}

/** Every requirement set of {@link REQUIREMENT_SETS}, as `isSetSupported` answers (an error counts as not supported). */
export function readRequirements(office: OfficeSurface): RequirementResult[] {
  return REQUIREMENT_SETS.map((set) => {
    let supported = false;
    try {
      supported = office.requirements?.isSetSupported(set.name, set.version) === true;
    } catch {
      supported = false;
    }
    return { set: setLabel(set), supported, disables: set.disables, optional: set.optional === true };
  });
}
