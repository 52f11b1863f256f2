import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { computeForms } from '../../src/core/forms/computeForms';
import { II05A_COUNT_KEYS } from '../../src/core/forms/definitions';
import { formsWritePlan } from '../../src/core/forms/formsWritePlan';
import { reportPeriod } from '../../src/core/periods/periods';
import { readRegister } from '../../src/core/register/readRegister';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx } from '../fixtures/registers';
import { gridsOfBytes } from '../fixtures/unitForms';
import { EXPECTED_II05A, EXPECTED_II06A, QUARTER_REGISTER } from '../forms/quarterFixture';

const period = reportPeriod(2024, 'Q1');

/** A unit's workbook as the add-in leaves it: the dossier register, then the forms it wrote. */
async function unitWorkbook(unit: string): Promise<Uint8Array> {
  const book = await FileWorkbook.open(await buildRegisterXlsx(QUARTER_REGISTER), `${unit}.xlsx`);
  const dossiers = readRegister(await book.readSheet((await book.sheetNames())[0])).dossiers;
  await book.apply(formsWritePlan(computeForms(dossiers, period), { unit, period }));
  return book.save();
}

describe('units that made their forms with the add-in', () => {
  test('two units’ workbooks (register sheet first) consolidate to twice the hand-worked quarter', async () => {
    const files = [];
    for (const unit of ['Chi cục Chăn nuôi và Thú y', 'Chi cục Trồng trọt và Bảo vệ thực vật']) {
      files.push({ file: `${unit}.xlsx`, grids: await gridsOfBytes(await unitWorkbook(unit)) });
    }
    const result = consolidateForms(files, { period });
    expect(result.files.map((f) => [f.status, f.reason, f.warnings])).toEqual([
      ['accepted', undefined, []],
      ['accepted', undefined, []],
    ]);
    expect(result.ii05a.rows.map((r) => [r.field, ...II05A_COUNT_KEYS.map((k) => r[k])])).toEqual(
      EXPECTED_II05A.rows.map((r) => [r.field, ...II05A_COUNT_KEYS.map((k) => 2 * r[k])]),
    );
    expect(result.ii05a.total).toEqual(Object.fromEntries(II05A_COUNT_KEYS.map((k) => [k, 2 * EXPECTED_II05A.total[k]])));
    expect(result.ii06a.rows.map((r) => [r.unit, r.field, r.procedure, r.count, r.reason])).toEqual(
      ['Chi cục Chăn nuôi và Thú y', 'Chi cục Trồng trọt và Bảo vệ thực vật'].flatMap((unit) => EXPECTED_II06A.map((r) => [unit, r.field, r.procedure, r.count, r.reason])),
    );
  });
});
