import { COMMAND_NAMES, main } from '../../src/cli/main';
import { COMMAND_HELP } from '../../src/cli/help';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { memoryIo } from '../support/memoryIo';

describe('kstthc explains itself', () => {
  test('every command has its help, and the help names no command that does not run', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  test.each([[['--help']], [['-h']], [['help']]])('%j: every command, the periods, dates, exit statuses and an example, exit 0', async (argv) => {
    const io = memoryIo({});
    expect(await main(argv, io)).toBe(0);
    expect(io.err).toBe('');
    for (const name of Object.keys(COMMAND_HELP)) expect(io.out).toContain(`kstthc ${name}`);
    expect(io.out).toContain('2024-Q1');
    expect(io.out).toContain('2024-H1');
    expect(io.out).toContain('2024-Y');
    expect(io.out).toContain('dd/mm/yyyy');
    expect(io.out).toMatch(/Mã thoát:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    expect(io.out).toContain('Ví dụ:');
  });

  test.each(Object.keys(COMMAND_HELP).flatMap((name) => [[name, '--help'], [name, '-h'], ['help', name]]))(
    'kstthc %s %s: every option of the command explained, exit 0',
    async (...argv) => {
      const io = memoryIo({});
      expect(await main(argv, io)).toBe(0);
      const name = argv[0] === 'help' ? argv[1] : argv[0];
      for (const option of COMMAND_HELP[name].options) {
        expect(io.out).toContain(`\n  ${option.flag} `);
        expect(io.out).toContain(option.text);
      }
      expect(io.out).toContain(`Cách dùng: kstthc ${name}`);
      expect(io.out).toContain('Mã thoát:');
      expect(io.out).toContain(`Ví dụ:\n  kstthc ${name}`);
      if (name === 'forms' || name === 'consolidate') expect(io.out).toContain('2024-Q4');
    },
  );

  test('a mistake points to that command’s help', async () => {
    const io = memoryIo({});
    expect(await main(['plan', 'k.xlsx', '--khong-co'], io)).toBe(2);
    expect(io.err).toContain('kstthc plan --help');
  });

  test.each([
    ['remind', ['remind', 'k.xlsx']],
    ['plan', ['plan']],
    ['init', ['init', 'k.xlsx']],
    ['forms', ['forms', 'so.xlsx']],
    ['consolidate', ['consolidate', 'a.xlsx']],
  ])('a usage error of %s prints the error and that command’s usage only', async (name, argv) => {
    const io = memoryIo({});
    expect(await main(argv, io)).toBe(2);
    const lines = io.err.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`Cách dùng: ${COMMAND_HELP[name].usage}`);
    expect(lines[2]).toBe(`Xem chi tiết: kstthc ${name} --help`);
    expect(io.out).toBe('');
  });

  test('the exit statuses say which workbooks are read', async () => {
    const io = memoryIo({});
    await main(['--help'], io);
    expect(io.out).toContain('không phải sổ tính .xlsx/.xls/.ods/.xlsb');
  });

  test('the options each command accepts are the ones its help explains', async () => {
    // An option the help lists is accepted by the command (no "không có tùy chọn").
    for (const [name, help] of Object.entries(COMMAND_HELP)) {
      for (const option of help.options) {
        const flag = option.flag.split(/[ ,]/)[0];
        if (flag === '-h') continue;
        const takesValue = / \S/.test(option.flag) && !option.flag.startsWith('-h');
        const io = memoryIo({});
        await main([name, 'khong-co.xlsx', flag, ...(takesValue ? ['x'] : [])], io);
        expect([name, flag, io.err]).not.toEqual([name, flag, expect.stringContaining('không có tùy chọn')]);
      }
    }
  });
});

describe('kstthc plan reads days and unit names as an officer writes them', () => {
  let plan: Uint8Array;
  beforeAll(async () => {
    plan = await buildSeedPlanWorkbook('pdf');
  });

  test.each(['10/03/2024', '2024-03-10', '10-03-2024'])('--as-of %s is 10 March 2024', async (day) => {
    const io = memoryIo({ 'k.xlsx': plan });
    expect(await main(['plan', 'k.xlsx', '--as-of', day, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).asOf).toBe('2024-03-10');
  });

  test.each([
    ['2024-02-30', 'tháng 02/2024 chỉ có 29 ngày'],
    ['30/02/2024', 'tháng 02/2024 chỉ có 29 ngày'],
    ['31/04/2025', 'tháng 04/2025 chỉ có 30 ngày'],
    ['10/13/2024', 'không có tháng 13'],
  ])('--as-of %s is said not to exist', async (day, why) => {
    const io = memoryIo({ 'k.xlsx': plan });
    expect(await main(['plan', 'k.xlsx', '--as-of', day], io)).toBe(2);
    expect(io.err).toContain(`Ngày --as-of "${day}" không có thật: ${why}.`);
  });

  test('--as-of that is no day at all names both forms', async () => {
    const io = memoryIo({ 'k.xlsx': plan });
    expect(await main(['plan', 'k.xlsx', '--as-of', 'hom nay'], io)).toBe(2);
    expect(io.err).toContain('viết dd/mm/yyyy (10/03/2024) hoặc yyyy-mm-dd (2024-03-10)');
  });

  test.each([
    ['thuy san', 'Chi cục Thủy sản'],
    ['KIEM LAM', 'Chi cục Kiểm lâm'],
    ['chất lượng', 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản'],
  ])('--unit %p is %p', async (text, name) => {
    const io = memoryIo({ 'k.xlsx': plan });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10', '--unit', text, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).unit).toBe(name);
  });

  test('a part several units share lists them', async () => {
    const io = memoryIo({ 'k.xlsx': plan });
    expect(await main(['plan', 'k.xlsx', '--unit', 'trung tam'], io)).toBe(2);
    expect(io.err).toContain('"trung tam" có trong tên của 2 đơn vị: Trung tâm Nước sạch và Vệ sinh môi trường nông thôn; Trung tâm Khuyến nông.');
  });
});
