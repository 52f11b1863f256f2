import type { StatusKey } from '../../core/status/model';
import { STATUS_LABELS } from '../../core/status/labels';
import type { PlanRole, RoleSource } from '../../core/plan/model';
import { ROLE_NAMES, ROLE_SOURCE_NAMES } from '../../core/plan/columnRoles';

/**
 * Every text the pane shows, Vietnamese first. The English table (stringsEn.ts) mirrors it for
 * Office installations whose display language is not Vietnamese; it loads only for them.
 */
export interface PaneStrings {
  appTitle: string;
  /** Shown while a tab's code arrives (the forms and consolidation tabs load on first use). */
  loadingTab: string;
  starting: string;
  modeFile: string;
  modeExcel: string;
  /** Inside Excel, Office did not get ready (office.js blocked, or no answer): what happened and a retry. */
  unready: { title: string; officeJsUnavailable: string; timeout: string; retry: string };
  tabs: { plan: string; forms: string; consolidate: string; label: string };
  file: {
    pick: string;
    pickLabel: string;
    drop: string;
    dropActive: string;
    sample: string;
    opening: (name: string) => string;
    opened: (name: string) => string;
    notXlsx: (name: string) => string;
    download: string;
    downloadReady: (name: string) => string;
    noFile: string;
    /** The webview downloads nothing (Excel for Mac/iPad, office-js 2700): where to get the file instead. */
    noDownloadHere: string;
  };
  plan: {
    heading: string;
    read: string;
    reading: string;
    asOf: string;
    window: string;
    windowHint: string;
    summary: (sheet: string, tasks: number, deliverables: number) => string;
    sections: (n: number) => string;
    year: (year: number | null) => string;
    byStatus: string;
    byUnit: string;
    unit: string;
    allUnits: string;
    overdue: string;
    upcoming: string;
    noneOverdue: string;
    noneUpcoming: string;
    taskLabel: (id: string, key: string) => string;
    due: (day: string) => string;
    rows: (first: number, last: number) => string;
    noDue: string;
    selectRowHint: string;
    highlight: string;
    highlightDone: string;
    init: string;
    initDone: string;
    initExists: string;
    statusSheets: string;
    statusSheetsDone: string;
    actions: string;
    warnings: (n: number) => string;
    /** Heading of warnings of one kind (SPEC §11: grouped by kind). */
    warningKind: (title: string, n: number) => string;
    noTable: string;
    /** SPEC §12: how many of the done ones the plan's own status column marked done. */
    doneFromPlan: (n: number) => string;
    unitColumns: { unit: string; lead: string; support: string; overdue: string; dueSoon: string };
    // Issue 12: the plan year box and the unit directory in use.
    settings: string;
    settingsNow: (window: number, year: number | null) => string;
    yearBox: string;
    yearBoxHint: (read: number | null) => string;
    directory: (source: 'default' | 'sheet' | 'plan', units: number) => string;
    issuer: string;
    issuerHint: string;
    issuerNotKept: (why: string) => string;
    /** What a count counts (issue: "Quá hạn 4" beside "1 quá hạn" said nothing of lead vs support). */
    role: { lead: string; support: string };
    countsNote: (shown: number, total: number, unit: string | null) => string;
    ledOf: (n: number) => string;
    listCount: (n: number, led: number | null) => string;
    byUnitNote: string;
    unitCount: (n: number) => string;
  };
  forms: {
    heading: string;
    register: string;
    period: string;
    unit: string;
    preview: string;
    write: string;
    written: string;
    rejected: (n: number) => string;
    columns: string;
    autoSheet: string;
    year: string;
    kinds: Record<'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'Y', string>;
    pickUnit: string;
    needUnit: string;
    noRegister: string;
    computing: string;
    summary: (sheet: string, dossiers: number, period: string) => string;
    received: (c3: number, c4: number, c5: number, c6: number) => string;
    resolved: (c7: number, c8: number, c9: number, c10: number) => string;
    open: (c11: number, c12: number, c13: number) => string;
    total: string;
    overdueReasons: string;
    dossiers: (n: number) => string;
    noOverdue: string;
    mapping: string;
    mappingHint: string;
    mappingAuto: (label: string | null) => string;
    range: (from: string, to: string) => string;
    sources: string;
    source: (field: string, column: string, byOfficer: boolean) => string;
    conflictTitle: string;
    conflict: (field: string, chosen: string, other: string, rows: number) => string;
    conflictBlocksWrite: string;
    notReceived: (n: number) => string;
    notReceivedRow: (row: number, code: string, status: string) => string;
    registerUnit: (name: string, known: boolean) => string;
    addUnit: (name: string) => string;
  };
  /** The province's own template (SPEC §14) and the channel of a register without one. */
  template: {
    heading: string;
    hint: string;
    pick: string;
    pickLabel: string;
    chosen: (name: string) => string;
    fill: string;
    filling: string;
    filled: (sheets: string) => string;
    refused: string;
    /** Tổng hợp outside Excel: the department's forms go into the template, downloaded as a workbook of its own. */
    fillDownload: string;
    downloaded: (name: string) => string;
    channelTitle: string;
    channelHint: string;
    online: string;
    direct: string;
  };
  consolidate: {
    heading: string;
    pick: string;
    pickLabel: string;
    period: string;
    run: string;
    accepted: string;
    rejected: string;
    missing: string;
    written: string;
    reading: (name: string) => string;
    files: (n: number) => string;
    results: string;
    download: string;
    writeExcel: string;
    department: string;
    noMissing: string;
    unknownUnit: string;
    pickPrevious: string;
    pickPreviousLabel: string;
    previousFiles: (n: number) => string;
    carryOver: string;
  };
  /** SPEC §12 "The officer corrects": the panel "Cột của bảng". */
  columns: {
    heading: string;
    /** Shown after the heading: the reader guessed, or the officer chose. */
    stateGuessed: string;
    stateOfficer: string;
    introGuessed: string;
    introMissing: string;
    sheet: string;
    headerRow: string;
    headerRowHint: string;
    roleName: (role: PlanRole) => string;
    option: (letter: string, header: string) => string;
    none: string;
    notChosen: string;
    /** How a role's column was chosen ("theo nội dung ô"), with the reader's reason when it has one. */
    source: (source: RoleSource, evidence: string) => string;
    noneChosen: string;
    notFound: string;
    reset: string;
    saving: string;
    kept: (sheet: string, file: boolean) => string;
  };
  /** SPEC §12 "What was read, visible": the plan task by task. */
  readList: {
    heading: string;
    count: (tasks: number) => string;
    onlyWarned: string;
    warned: (tasks: number) => string;
    noneWarned: string;
    lead: string;
    noLead: string;
    timing: string;
    result: string;
    due: (day: string) => string;
    recurring: (dues: number, next: string | null) => string;
    ongoing: string;
    unscheduled: string;
    adhoc: string;
    page: (page: number, pages: number) => string;
    previous: string;
    next: string;
    selectHint: string;
  };
  remind: {
    heading: string;
    intro: (n: number) => string;
    none: string;
    overdue: (n: number) => string;
    dueSoon: (n: number) => string;
    noEmail: string;
    compose: string;
    composeFor: (unit: string) => string;
    download: string;
    downloadFor: (unit: string) => string;
    sheets: string;
    sheetsDone: (n: number) => string;
    count: (n: number) => string;
    asLead: string;
    opened: (unit: string) => string;
    downloaded: (file: string) => string;
    /** Excel for Mac/iPad downloads nothing (office-js 2700): why the draft is shown to copy instead. */
    noDownloadHere: (unit: string) => string;
    draftLabel: (unit: string) => string;
    copy: string;
    copied: string;
    closeDraft: string;
  };
  /** The date field: dd/mm/yyyy whatever the browser's locale, its calendar in the pane's language. */
  date: {
    placeholder: string;
    invalid: (kept: string) => string;
    calendar: string;
    months: string[];
    shortMonths: string[];
    days: string[];
    shortDays: string[];
    goToToday: string;
    prevMonth: string;
    nextMonth: string;
    prevYear: string;
    nextYear: string;
    prevYearRange: string;
    nextYearRange: string;
    close: string;
    /** "{0}" is the day, as Fluent's calendar fills it. */
    selectedDay: string;
    todayDay: string;
    monthPickerHeader: string;
    yearPickerHeader: string;
    weekNumber: string;
    dayMarked: string;
    monthYear: (month: number, year: number) => string;
    dayMonthYear: (day: number, month: number, year: number) => string;
  };
  /** The step buttons of number boxes, as screen readers announce them. */
  spin: { increment: string; decrement: string };
  busy: string;
  errorTitle: string;
  warningTitle: string;
  dismiss: string;
  unexpected: (detail: string) => string;
  /** Status labels (from the core's STATUS_LABELS). */
  status: Record<StatusKey, string>;
  more: (n: number) => string;
  /** The header's help menu: the guide, and (in Excel) the self-test, whose own texts are Vietnamese only. */
  help: { menu: string; guide: string; selfTest: string };
  /** The plan read straight from a Word file (SPEC §13). */
  word: {
    open: string;
    openLabel: string;
    from: (file: string) => string;
    number: (number: string) => string;
    date: (day: string) => string;
    issuer: (issuer: string) => string;
    tables: (n: number) => string;
    write: string;
    writeHint: string;
    written: (sheet: string) => string;
    actionsWait: string;
  };
  /** A first-time officer's guidance: why a button waits, what the sample holds, what would be lost. */
  guide: {
    asOfOutsideYear: (day: string, years: string) => string;
    sampleOpened: (year: number) => string;
    formsNeedPreview: string;
    formsNeedUnit: string;
    /** The register could not be read (a column or the channel unknown): nothing is written. */
    formsNeedColumns: string;
    consolidateNeedFiles: string;
    consolidateSample: string;
    consolidateSampleLoaded: (n: number, period: string) => string;
    consolidateDownloaded: (name: string) => string;
    rejectedUnits: string;
    unsavedTitle: string;
    unsaved: (name: string) => string;
    downloadFirst: string;
    discardAndOpen: string;
    cancel: string;
  };
  charts: {
    progress: string;
    progressHint: string;
    calm: string;
    resultsByField: string;
    resultsByUnit: string;
    parts: { c8: string; c9: string; c10: string; c11: string };
    onTime: (rate: string) => string;
    noneResolved: string;
    loading: string;
    unavailable: string;
  };
}

/** Status labels from the core's single table, so pane, sheets and CLI say the same words. */
export function statusLabels(language: 'vi' | 'en'): Record<StatusKey, string> {
  return Object.fromEntries(Object.entries(STATUS_LABELS).map(([k, l]) => [k, l[language]])) as Record<StatusKey, string>;
}

export const vi: PaneStrings = {
  appTitle: 'Kiểm soát TTHC',
  loadingTab: 'Đang tải…',
  starting: 'Đang khởi động…',
  modeFile: 'Đang dùng ngoài Excel: chọn một tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods); kết quả luôn là .xlsx, được tải về thành tệp mới, tệp gốc không bị thay đổi.',
  modeExcel: 'Đang làm việc trên sổ tính đang mở trong Excel.',
  unready: {
    title: 'Excel chưa sẵn sàng cho Kiểm soát TTHC.',
    officeJsUnavailable:
      'Không tải được thư viện Office của Microsoft (office.js), nên phần bổ trợ chưa làm việc được với sổ tính đang mở. Hãy kiểm tra kết nối mạng (máy cần mở được officeapis.public.onecdn.static.microsoft và appsforoffice.microsoft.com) rồi bấm "Thử lại"; nếu vẫn không được, hãy báo cán bộ CNTT.',
    timeout: 'Excel chưa trả lời phần bổ trợ. Hãy thoát khỏi ô đang sửa (nếu có), đợi Excel mở xong sổ tính rồi bấm "Thử lại".',
    retry: 'Thử lại',
  },
  tabs: { plan: 'Kế hoạch', forms: 'Báo cáo quý', consolidate: 'Tổng hợp', label: 'Chức năng' },
  file: {
    pick: 'Chọn tệp Excel',
    pickLabel: 'Chọn sổ tính (.xlsx, .xls, .ods) có bảng Phụ lục kế hoạch',
    drop: 'hoặc kéo thả tệp vào đây',
    dropActive: 'Thả tệp để mở',
    sample: 'Dùng dữ liệu mẫu',
    opening: (name) => `Đang mở tệp "${name}"…`,
    opened: (name) => `Tệp đang mở: ${name}`,
    notXlsx: (name) => `Tệp "${name}" không phải sổ tính: hãy chọn tệp .xlsx, .xls, .ods hoặc .xlsb.`,
    download: 'Tải tệp kết quả',
    downloadReady: (name) => `Đã ghi vào sổ tính. Bấm "Tải tệp kết quả" để lưu "${name}".`,
    noFile: 'Chưa mở tệp nào.',
    noDownloadHere:
      'Ở đây không tải được tệp về máy (Excel cho Mac và iPad không cho phần bổ trợ tải tệp), nên kết quả chưa được lưu. Hãy mở Kiểm soát TTHC trong trình duyệt (Safari, Chrome, Edge) để làm việc với tệp, hoặc mở sổ tính trong Excel rồi dùng phần bổ trợ ngay trên sổ tính đó.',
  },
  plan: {
    heading: 'Kế hoạch kiểm soát TTHC',
    read: 'Đọc lại bảng kế hoạch',
    reading: 'Đang đọc bảng kế hoạch…',
    asOf: 'Ngày đối chiếu',
    window: 'Sắp đến hạn trong (ngày)',
    windowHint: 'Số ngày tính từ ngày đối chiếu',
    summary: (sheet, tasks, deliverables) => `Trang tính "${sheet}": ${tasks} nhiệm vụ / ${deliverables} kết quả`,
    sections: (n) => `${n} mục`,
    year: (year) => (year === null ? 'Chưa rõ năm kế hoạch' : `Năm kế hoạch ${year}`),
    byStatus: 'Theo trạng thái',
    byUnit: 'Theo đơn vị',
    unit: 'Đơn vị',
    allUnits: 'Tất cả đơn vị',
    overdue: 'Quá hạn',
    upcoming: 'Sắp đến hạn',
    noneOverdue: 'Không có kết quả nào quá hạn.',
    noneUpcoming: 'Không có kết quả nào sắp đến hạn.',
    taskLabel: (id, key) => `Nhiệm vụ ${id}${key ? ` (${key})` : ''}`,
    due: (day) => `Hạn ${day}`,
    rows: (first, last) => (first === last ? `dòng ${first}` : `dòng ${first}–${last}`),
    noDue: 'Không có hạn',
    selectRowHint: 'Bấm để chọn dòng trong trang tính',
    highlight: 'Tô màu theo trạng thái',
    highlightDone: 'Đã tô màu các dòng và ghi cột trạng thái.',
    init: 'Tạo trang theo dõi & danh mục đơn vị',
    initDone: 'Đã tạo trang "Theo dõi thực hiện" và "Danh mục đơn vị" (trang nào đã có thì giữ nguyên).',
    initExists: 'Sổ tính đã có trang "Theo dõi thực hiện" và "Danh mục đơn vị": giữ nguyên, không ghi đè.',
    statusSheets: 'Tạo trang in tiến độ',
    statusSheetsDone: 'Đã tạo trang in tiến độ.',
    actions: 'Thao tác',
    warnings: (n) => `${n} cảnh báo khi đọc bảng`,
    warningKind: (title, n) => `${n} cảnh báo cùng loại: ${title}`,
    noTable: 'Không tìm thấy bảng Phụ lục kế hoạch trong sổ tính: cần một dòng tiêu đề có cột STT, cột nhiệm vụ (Nội dung, Nhiệm vụ …) và cột chủ trì (Chủ trì, Cơ quan chủ trì, Đơn vị thực hiện …).',
    doneFromPlan: (n) => `${n} kết quả hoàn thành theo cột trạng thái của bảng kế hoạch; trang "Theo dõi thực hiện" ghi khác thì theo trang đó.`,
    unitColumns: { unit: 'Đơn vị', lead: 'Chủ trì', support: 'Phối hợp', overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn' },
    settings: 'Cách tính',
    settingsNow: (window, year) => `(sắp hạn ${window} ngày, năm ${year ?? 'chưa rõ'})`,
    yearBox: 'Năm kế hoạch',
    yearBoxHint: (read) => (read === null ? 'Chưa đọc được năm: hãy nhập' : `Đọc từ kế hoạch: ${read}; nhập năm khác nếu sai`),
    directory: (source, units) =>
      source === 'sheet'
        ? `Danh mục đơn vị: trang tính "Danh mục đơn vị" (${units} đơn vị).`
        : source === 'plan'
          ? `Danh mục đơn vị: lập từ ${units} đơn vị nêu trong kế hoạch. Bấm "Tạo trang theo dõi & danh mục đơn vị" để ghi ra trang tính, kiểm tra và sửa.`
          : `Danh mục đơn vị: danh mục mặc định của Sở (${units} đơn vị, cần kiểm tra). Bấm "Tạo trang theo dõi & danh mục đơn vị" để ghi ra trang tính và sửa.`,
    issuer: 'Cơ quan ban hành (in trên trang Tiến độ)',
    issuerHint: 'Lấy từ đầu văn bản kế hoạch; sửa nếu cần, mỗi cấp một dòng. Nội dung bạn nhập được giữ cùng sổ tính.',
    issuerNotKept: (why) => `Chưa lưu được "Cơ quan ban hành" vào sổ tính (${why}): nội dung vẫn được dùng đến khi đóng phần bổ trợ.`,
    role: { lead: 'Chủ trì', support: 'Phối hợp' },
    countsNote: (shown, total, unit) =>
      unit === null
        ? `${shown}/${total} kết quả của mọi đơn vị, theo trạng thái chung.`
        : `${shown}/${total} kết quả ${unit} chủ trì và phối hợp, theo phần việc của đơn vị; dòng "chủ trì": riêng các kết quả đơn vị chủ trì (như ở "Theo đơn vị" và "Nhắc việc").`,
    ledOf: (n) => `chủ trì ${n}`,
    listCount: (n, led) => (led === null ? `(${n})` : `(${n}: ${led} chủ trì, ${n - led} phối hợp)`),
    byUnitNote: 'Cột "Chủ trì": số kết quả đơn vị chủ trì; "Quá hạn", "Sắp đến hạn": trong số kết quả đơn vị chủ trì (không tính kết quả đơn vị chỉ phối hợp).',
    unitCount: (n) => `(${n} đơn vị)`,
  },
  forms: {
    heading: 'Biểu II.05a và II.06a',
    register: 'Trang sổ theo dõi hồ sơ',
    period: 'Kỳ báo cáo',
    unit: 'Đơn vị báo cáo',
    preview: 'Xem số liệu',
    write: 'Ghi biểu vào sổ tính',
    written: 'Đã ghi biểu II.05a và II.06a.',
    rejected: (n) => `${n} dòng không đọc được, không được tính`,
    columns: 'Số liệu biểu II.05a',
    autoSheet: 'Tự tìm trang sổ theo dõi',
    year: 'Năm',
    kinds: { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', H1: '6 tháng', Y: 'Năm' },
    pickUnit: '— Chọn đơn vị —',
    needUnit: 'Hãy chọn đơn vị báo cáo trước khi ghi biểu.',
    noRegister: 'Không tìm thấy sổ theo dõi hồ sơ (các cột Ngày tiếp nhận, Ngày hẹn trả, Ngày có kết quả, Hình thức nộp) trong sổ tính.',
    computing: 'Đang tính số liệu biểu…',
    summary: (sheet, dossiers, period) => `Trang "${sheet}": ${dossiers} hồ sơ đọc được · ${period}`,
    received: (c3, c4, c5, c6) => `Nhận giải quyết ${c3} (trực tuyến ${c4}, trực tiếp/bưu chính ${c5}, kỳ trước ${c6})`,
    resolved: (c7, c8, c9, c10) => `Đã giải quyết ${c7} (trước hạn ${c8}, đúng hạn ${c9}, quá hạn ${c10})`,
    open: (c11, c12, c13) => `Đang giải quyết ${c11} (trong hạn ${c12}, quá hạn ${c13})`,
    total: 'Tổng cộng',
    overdueReasons: 'Biểu II.06a: hồ sơ quá hạn và nguyên nhân',
    dossiers: (n) => `${n} hồ sơ`,
    noOverdue: 'Không có hồ sơ quá hạn trong kỳ.',
    mapping: 'Cột của sổ theo dõi',
    mappingHint: 'Nếu phần bổ trợ nhận sai hoặc không tìm thấy một cột, hãy chọn cột đúng rồi bấm "Xem số liệu".',
    mappingAuto: (label) => (label ? `Tự nhận: ${label}` : 'Tự nhận: chưa tìm thấy'),
    range: (from, to) => `từ ${from} đến ${to}`,
    sources: 'Cột đã dùng',
    source: (field, column, byOfficer) => `${field} ← ${column}${byOfficer ? ' (bạn chọn)' : ''}`,
    conflictTitle: 'Cần chọn cột',
    conflict: (field, chosen, other, rows) =>
      `${chosen} và ${other} đều có thể là "${field}" nhưng khác nhau ở ${rows} dòng. Số liệu đang tính theo ${chosen}. Hãy chọn cột đúng trong "Cột của sổ theo dõi" rồi bấm "Xem số liệu".`,
    conflictBlocksWrite: 'Chưa ghi được biểu khi còn cột chưa chọn.',
    notReceived: (n) => `${n} hồ sơ chưa được tiếp nhận (không tính vào biểu)`,
    notReceivedRow: (row, code, status) => `Dòng ${row}${code ? `, hồ sơ ${code}` : ''}: ${status}`,
    registerUnit: (name, known) => `Sổ ghi đơn vị: ${name}${known ? '' : ' (không có trong Danh mục đơn vị)'}`,
    addUnit: (name) => `Thêm "${name}" làm đơn vị báo cáo (không có trong Danh mục đơn vị)`,
  },
  template: {
    heading: 'Dùng biểu mẫu của tỉnh',
    hint: 'Chọn tệp biểu mẫu II.05a/II.06a do Văn phòng UBND tỉnh gửi: số liệu được điền vào đúng các cột (1) … (13) của biểu mẫu, giữ nguyên tiêu đề, chữ ký và cách in của biểu mẫu.',
    pick: 'Chọn tệp biểu mẫu của tỉnh',
    pickLabel: 'Chọn tệp biểu mẫu (.xlsx, .xls, .ods) của tỉnh',
    chosen: (name) => `Biểu mẫu: ${name}`,
    fill: 'Điền vào biểu mẫu của tỉnh',
    filling: 'Đang điền biểu mẫu của tỉnh…',
    filled: (sheets) => `Đã điền biểu mẫu của tỉnh vào trang ${sheets}.`,
    refused: 'Không điền được biểu mẫu này',
    fillDownload: 'Điền biểu mẫu của tỉnh và tải về',
    downloaded: (name) => `Đã điền số liệu tổng hợp vào biểu mẫu của tỉnh và tải về: "${name}".`,
    channelTitle: 'Sổ không có cột kênh nộp hồ sơ',
    channelHint: 'Không tách được cột (4) và (5) nếu không biết kênh nộp. Nếu mọi hồ sơ của sổ nộp theo cùng một kênh, hãy chọn kênh đó rồi bấm "Xem số liệu"; nếu không, hãy chọn cột kênh nộp trong "Cột của sổ theo dõi".',
    online: 'Mọi hồ sơ nộp trực tuyến',
    direct: 'Mọi hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính',
  },
  consolidate: {
    heading: 'Tổng hợp báo cáo của các đơn vị',
    pick: 'Chọn tệp của các đơn vị',
    pickLabel: 'Chọn các sổ tính (.xlsx, .xls, .ods) do đơn vị gửi',
    period: 'Kỳ báo cáo',
    run: 'Tổng hợp',
    accepted: 'Nhận',
    rejected: 'Không nhận',
    missing: 'Đơn vị chưa gửi',
    written: 'Đã ghi các trang tổng hợp của Sở.',
    reading: (name) => `Đang đọc "${name}"…`,
    files: (n) => `Đã chọn ${n} tệp`,
    results: 'Kết quả từng tệp',
    download: 'Tải tệp tổng hợp',
    writeExcel: 'Ghi các trang tổng hợp vào sổ tính',
    department: 'Biểu II.05a của Sở',
    noMissing: 'Mọi đơn vị giải quyết TTHC đã gửi báo cáo.',
    unknownUnit: 'Chưa rõ đơn vị',
    pickPrevious: 'Báo cáo quý trước (không bắt buộc)',
    pickPreviousLabel: 'Chọn báo cáo tổng hợp hoặc báo cáo các đơn vị của kỳ trước, để đối chiếu số chuyển kỳ',
    previousFiles: (n) => `Kỳ trước: ${n} tệp`,
    carryOver: 'Đối chiếu số chuyển kỳ',
  },
  columns: {
    heading: 'Cột của bảng',
    stateGuessed: '(cần kiểm tra)',
    stateOfficer: '(đã chọn)',
    introGuessed: 'Tiêu đề bảng không gọi tên một số cột: đã đoán theo nội dung ô hoặc hình dạng bảng. Kiểm tra dòng tiêu đề và cột của từng vai trò, chọn lại nếu chưa đúng.',
    introMissing: 'Chưa đọc được bảng kế hoạch. Chọn trang tính, dòng tiêu đề và cột của từng vai trò: bảng được đọc lại ngay.',
    sheet: 'Trang tính',
    headerRow: 'Dòng tiêu đề',
    headerRowHint: 'Dòng cuối của tiêu đề bảng (không tính dòng đánh số cột (1), (2) …).',
    roleName: (role) => ROLE_NAMES[role],
    option: (letter, header) => (header ? `${letter} — ${header}` : `${letter} (trống)`),
    none: 'không có',
    notChosen: '(chưa chọn)',
    source: (source, evidence) => {
      const how = ROLE_SOURCE_NAMES[source];
      return source === 'content' || source === 'shape' ? `${how}: ${evidence}` : how;
    },
    noneChosen: 'cán bộ chọn: bảng không có cột này',
    notFound: 'không thấy cột này',
    reset: 'Đặt lại theo tiêu đề',
    saving: 'Đang lưu lựa chọn cột…',
    kept: (sheet, file) =>
      `Lựa chọn được lưu trong sổ tính cho trang tính "${sheet}" và dùng cho lần đọc sau.${file ? ' Tải tệp kết quả để giữ lựa chọn trong tệp.' : ''}`,
  },
  readList: {
    heading: 'Đã đọc từ bảng',
    count: (tasks) => `(${tasks} nhiệm vụ)`,
    onlyWarned: 'Chỉ dòng có cảnh báo',
    warned: (tasks) => `${tasks} nhiệm vụ có cảnh báo`,
    noneWarned: 'Không nhiệm vụ nào có cảnh báo.',
    lead: 'Chủ trì',
    noLead: '(không ghi)',
    timing: 'Thời gian',
    result: 'Kết quả',
    due: (day) => `hạn ${day}`,
    recurring: (dues, next) => `định kỳ, ${dues} hạn trong năm${next ? `, hạn tới ${next}` : ''}`,
    ongoing: 'thường xuyên',
    unscheduled: 'chưa rõ hạn',
    adhoc: 'đột xuất',
    page: (page, pages) => `Trang ${page}/${pages}`,
    previous: 'Trang trước',
    next: 'Trang sau',
    selectHint: 'Bấm để chọn các dòng của nhiệm vụ trong trang tính',
  },
  remind: {
    heading: 'Nhắc việc',
    intro: (n) => `${n} đơn vị chủ trì có nhiệm vụ quá hạn hoặc sắp đến hạn tính đến ngày đối chiếu.`,
    none: 'Không có đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn: không cần nhắc việc.',
    overdue: (n) => `${n} quá hạn`,
    dueSoon: (n) => `${n} sắp đến hạn`,
    noEmail: 'Chưa có email (trang "Danh mục đơn vị")',
    compose: 'Soạn thư',
    composeFor: (unit) => `Soạn thư nhắc việc gửi ${unit}`,
    download: 'Tải thư',
    downloadFor: (unit) => `Tải thư nhắc việc (.eml) gửi ${unit}`,
    sheets: 'Tạo phiếu nhắc việc',
    count: (n) => `(${n} đơn vị)`,
    asLead: 'Chủ trì:',
    sheetsDone: (n) => `Đã tạo ${n} phiếu nhắc việc (trang tính "Nhắc việc - …"), sẵn sàng in trên khổ A4 đứng.`,
    opened: (unit) => `Đã mở thư nháp gửi ${unit} (bản rút gọn). Nếu ứng dụng thư không mở, hoặc cần thư đầy đủ: bấm "Tải thư" rồi mở tệp .eml.`,
    downloaded: (file) => `Đã tải thư nháp "${file}": mở bằng Outlook hoặc Thunderbird, kiểm tra rồi gửi.`,
    noDownloadHere: (unit) =>
      `Excel cho Mac và iPad không cho phần bổ trợ tải tệp về máy (Microsoft giữ như vậy), nên thư nháp đầy đủ gửi ${unit} hiện ở dưới: bấm "Sao chép" rồi dán vào một thư mới; hoặc bấm "Soạn thư" để mở thư rút gọn trong ứng dụng Thư.`,
    draftLabel: (unit) => `Thư nháp gửi ${unit}`,
    copy: 'Sao chép',
    copied: 'Đã sao chép thư nháp: hãy dán vào một thư mới, kiểm tra rồi gửi.',
    closeDraft: 'Đóng thư nháp',
  },
  date: {
    placeholder: 'ngày/tháng/năm',
    invalid: (kept) => `Không đọc được ngày vừa nhập: hãy nhập ngày/tháng/năm (ví dụ 10/03/2024) hoặc chọn trên lịch. Đang dùng ngày ${kept}.`,
    calendar: 'Lịch chọn ngày',
    months: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    shortMonths: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    goToToday: 'Về hôm nay',
    // Fluent adds the month's name: "Lùi về Tháng 5", "Sang Tháng 7".
    prevMonth: 'Lùi về',
    nextMonth: 'Sang',
    prevYear: 'Năm trước',
    nextYear: 'Năm sau',
    prevYearRange: 'Các năm trước',
    nextYearRange: 'Các năm sau',
    close: 'Đóng lịch',
    selectedDay: 'Ngày đã chọn: {0}',
    todayDay: 'Hôm nay: {0}',
    monthPickerHeader: '{0}, bấm để chọn năm',
    yearPickerHeader: '{0}, bấm để chọn tháng',
    weekNumber: 'Tuần {0}',
    dayMarked: 'có đánh dấu',
    monthYear: (month, year) => `Tháng ${month}/${year}`,
    dayMonthYear: (day, month, year) => `Ngày ${day} tháng ${month} năm ${year}`,
  },
  spin: { increment: 'Tăng thêm 1', decrement: 'Giảm bớt 1' },
  busy: 'Đang xử lý…',
  errorTitle: 'Lỗi',
  warningTitle: 'Lưu ý',
  dismiss: 'Đóng thông báo',
  unexpected: (detail) => `Đã xảy ra lỗi không mong muốn (mã lỗi: ${detail}). Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm mã lỗi này.`,
  status: statusLabels('vi'),
  more: (n) => `… và ${n} mục khác`,
  help: { menu: 'Trợ giúp', guide: 'Hướng dẫn sử dụng', selfTest: 'Tự kiểm tra (cho cán bộ CNTT)' },
  word: {
    open: 'Mở kế hoạch từ tệp Word (.docx)',
    openLabel: 'Chọn văn bản Word (.docx) có bảng Phụ lục kế hoạch',
    from: (file) => `Kế hoạch đọc thẳng từ văn bản Word "${file}"`,
    number: (number) => `Số: ${number}`,
    date: (day) => `Ngày ${day}`,
    issuer: (issuer) => `Cơ quan ban hành: ${issuer}`,
    tables: (n) => `Bảng phụ lục gồm ${n} bảng nối tiếp (tiêu đề lặp lại), đã đọc thành một.`,
    write: 'Ghi bảng vào trang tính',
    writeHint: 'Ghi bảng thành trang tính mới "Phụ lục" của sổ tính (giữ ô gộp, kẻ khung, độ rộng cột) để làm tiếp trên Excel.',
    written: (sheet) => `Đã ghi bảng kế hoạch vào trang tính mới "${sheet}"; các trang tính khác không thay đổi.`,
    actionsWait: 'Tô màu, lập trang theo dõi và in tiến độ làm trên trang tính: hãy bấm "Ghi bảng vào trang tính" trước.',
  },
  guide: {
    asOfOutsideYear: (day, years) => `${day} không thuộc năm kế hoạch ${years}: trạng thái tính theo ngày này.`,
    sampleOpened: (year) =>
      `Đã mở dữ liệu mẫu: kế hoạch năm ${year} kèm trang "Theo dõi thực hiện", sổ theo dõi hồ sơ của Chi cục Thủy sản (thẻ "Báo cáo quý"); bộ tệp của các đơn vị có ở thẻ "Tổng hợp".`,
    formsNeedPreview: 'Bấm "Xem số liệu" trước, rồi mới ghi biểu.',
    formsNeedUnit: 'Chọn "Đơn vị báo cáo" để ghi biểu.',
    formsNeedColumns: 'Chưa ghi được biểu khi sổ còn cột chưa xác định: hãy chọn cột (hoặc kênh nộp) như hướng dẫn bên dưới rồi bấm "Xem số liệu".',
    consolidateNeedFiles: 'Chọn tệp của các đơn vị (hoặc dùng bộ tệp mẫu) để tổng hợp.',
    consolidateSample: 'Dùng bộ tệp mẫu của các đơn vị',
    consolidateSampleLoaded: (n, period) => `Đã chọn ${n} tệp mẫu của các đơn vị, kỳ ${period}. Bấm "Tổng hợp" để kiểm tra và cộng số liệu.`,
    consolidateDownloaded: (name) => `Đã tạo sổ tính tổng hợp mới và tải về: "${name}".`,
    rejectedUnits: 'Đơn vị gửi tệp không nhận',
    unsavedTitle: 'Kết quả chưa tải về',
    unsaved: (name) => `Các thay đổi trên "${name}" chưa được tải về. Mở tệp khác sẽ bỏ các thay đổi này.`,
    downloadFirst: 'Tải kết quả về',
    discardAndOpen: 'Bỏ kết quả, mở tệp mới',
    cancel: 'Hủy',
  },
  charts: {
    progress: 'Biểu đồ tiến độ theo đơn vị chủ trì',
    progressHint: 'Mỗi thanh là số kết quả đơn vị chủ trì, theo trạng thái. Bấm vào thanh để xem riêng đơn vị đó.',
    calm: 'Thường xuyên / chưa có hạn',
    resultsByField: 'Biểu đồ kết quả giải quyết theo lĩnh vực',
    resultsByUnit: 'Biểu đồ kết quả giải quyết theo đơn vị',
    parts: { c8: 'Trước hạn', c9: 'Đúng hạn', c10: 'Quá hạn', c11: 'Đang giải quyết' },
    onTime: (rate) => `đúng hạn ${rate}`,
    noneResolved: 'chưa có hồ sơ đã giải quyết',
    loading: 'Đang tải biểu đồ…',
    unavailable: 'Không tải được biểu đồ; số liệu vẫn có trong bảng.',
  },
};
