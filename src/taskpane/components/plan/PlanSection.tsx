import { useState, type ReactNode } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  header: { fontWeight: tokens.fontWeightSemibold },
  // The header's button spans the pane; the panel keeps the tab's left edge (no Accordion indent).
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/**
 * Whether each section was left open or folded, for the page's life: switching tabs remounts the
 * plan tab, and the officer expects the sections as they left them.
 */
const remembered = new Map<string, boolean>();

/**
 * One foldable section of a tab: a heading (level 2) that opens and closes it, with what it holds
 * counted in the heading ("Nhắc việc (14 đơn vị)") so a folded section still says it. A new
 * section is one element: `<PlanSection id="chart" title="Biểu đồ">…</PlanSection>`.
 */
export function PlanSection(props: {
  /** Unique in the pane; also the default `data-testid` and what the open state is remembered by. */
  id: string;
  title: string;
  /** Shown after the title, muted: "(3)", "(14 đơn vị)". */
  count?: string;
  /** Open the first time it is shown (later: as the officer left it). */
  defaultOpen?: boolean;
  testId?: string;
  /** Held by the caller (a section that opens by itself, e.g. "Cột của bảng" when the reader guessed); with {@link onOpenChange}. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}) {
  const { id, title, count, defaultOpen = false, testId, children } = props;
  const styles = useStyles();
  const [openHere, setOpen] = useState(() => remembered.get(id) ?? defaultOpen);
  const open = props.open ?? openHere;
  const toggle = () => {
    remembered.set(id, !open);
    setOpen(!open);
    props.onOpenChange?.(!open);
  };
  return (
    <Accordion collapsible openItems={open ? [id] : []} onToggle={toggle} data-testid={testId ?? id}>
      <AccordionItem value={id}>
        <AccordionHeader as="h2" expandIconPosition="end" className={styles.header}>
          {/* One inline run: the header lays its children out as flex items, which would drop the space. */}
          <span>
            {title}
            {count !== undefined && (
              <>
                {' '}
                <span className={styles.count}>{count}</span>
              </>
            )}
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
