/** The seed plan's appendix as data: what the sample plan sheet is laid out from. */

export interface SeedDeliverable {
  /** "a", "b" … within the task. */
  key: string;
  result: string;
  lead: string;
  support: string;
  timing: string;
}

export interface SeedTask {
  no: number;
  /** Code of the section ("I" … "XII"). */
  section: string;
  content: string;
  deliverables: SeedDeliverable[];
}

export interface SeedPlan {
  year: number;
  /** Lines above the table ("Phụ lục", the title, "(Kèm theo Kế hoạch …)"). */
  titles: string[];
  sections: { code: string; title: string }[];
  tasks: SeedTask[];
}
