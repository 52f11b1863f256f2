/**
 * The ribbon's "re-apply highlighting" command runs the pane's highlight feature without the
 * pane: against the recording Excel fake, it colours the plan rows and always completes the event.
 */
import { FakeExcel } from '../../test/fakes/excelFake';
import { seedPlanFixture } from '../../test/fixtures/seedAppendix';
import { STATUS_PALETTE } from '../core/highlight/palette';

type Handler = (event: { completed(): void }) => Promise<void>;

function installFakeOffice(excel: FakeExcel): Map<string, Handler> {
  const associated = new Map<string, Handler>();
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: excel.run };
  g.Office = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: 'Excel' });
    },
    actions: { associate: (name: string, fn: Handler) => associated.set(name, fn) },
  };
  return associated;
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

test('reapplyHighlight is associated on load and colours the overdue rows of the open workbook', async () => {
  const fixture = seedPlanFixture('pdf');
  const excel = new FakeExcel();
  for (const grid of fixture.sheets) {
    excel.seed(grid.name, grid.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), { merges: grid.merges });
  }
  const associated = installFakeOffice(excel);
  await jest.isolateModulesAsync(async () => {
    await import('./commands');
  });
  const handler = associated.get('reapplyHighlight');
  expect(handler).toBeDefined();
  const completed = jest.fn();
  await handler!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  // As of today every dated deliverable of the 2024 plan is past due: task 7's row is red.
  const row7 = fixture.deliverableRows.get('7a')![0];
  const sheet = excel.sheet(fixture.sheets[0].name);
  expect(sheet.cell(row7, 2).fill?.replace('#', '').toUpperCase()).toBe(STATUS_PALETTE.overdue.fill!.replace('#', '').toUpperCase());
});

test('reapplyHighlight writes nothing and completes the event when the workbook has no plan table', async () => {
  const excel = new FakeExcel();
  const associated = installFakeOffice(excel);
  await jest.isolateModulesAsync(async () => {
    await import('./commands');
  });
  const completed = jest.fn();
  await associated.get('reapplyHighlight')!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(excel.writes).toEqual([]);
});

test('reapplyHighlight completes the event when Excel fails', async () => {
  const excel = new FakeExcel();
  const associated = installFakeOffice(excel);
  (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' })) };
  await jest.isolateModulesAsync(async () => {
    await import('./commands');
  });
  const completed = jest.fn();
  await associated.get('reapplyHighlight')!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});
