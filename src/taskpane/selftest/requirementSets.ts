/**
 * Every requirement set the add-in relies on, the calls that need it and what stops working
 * without it. The calls are those the source makes, as Microsoft's office-js type definitions tag
 * them (`[Api set: ExcelApi 1.9]`); test/selftest/requirementSets.test.ts reads the source with
 * the TypeScript compiler and fails when a call is missing here or a set is cited wrongly.
 * The manifest asks for ExcelApi 1.13 (`<Requirements>`): an Excel without it does not offer
 * the add-in at all, so the lower ExcelApi versions are listed for the report, not as options.
 */
export interface RequirementSetUse {
  /** The set's name as `Office.context.requirements.isSetSupported` takes it. */
  name: string;
  version: string;
  /** The calls that need this version (`Type.member` as the type definitions declare it). */
  calls: readonly string[];
  /** A manifest element that relies on the set instead of a call (the ribbon's function button). */
  manifest?: string;
  /** What does not work without it, for the report (Vietnamese). */
  disables: string;
  /** The add-in works without it by another way (the report says "không có", not "không đạt"). */
  optional?: boolean;
}

export const REQUIREMENT_SETS: readonly RequirementSetUse[] = [
  {
    name: 'ExcelApi',
    version: '1.1',
    calls: [
      'Workbook.worksheets',
      'WorksheetCollection.getItem',
      'WorksheetCollection.add',
      'Worksheet.name',
      'Worksheet.position',
      'Worksheet.visibility',
      'Worksheet.delete',
      'Worksheet.activate',
      'Worksheet.getRange',
      'Range.values',
      'Range.formulas',
      'Range.numberFormat',
      'Range.clear',
      'Range.select',
      'Range.address',
      'Range.rowIndex',
      'Range.columnIndex',
      'Range.rowCount',
      'Range.columnCount',
      'Range.format',
      'RangeFormat.fill',
      'RangeFormat.font',
      'RangeFormat.borders',
      'RangeFormat.horizontalAlignment',
      'RangeFormat.verticalAlignment',
      'RangeFormat.wrapText',
      'RangeFill.color',
      'RangeFill.clear',
      'RangeFont.name',
      'RangeFont.color',
      'RangeFont.bold',
      'RangeFont.italic',
      'RangeFont.size',
      'RangeBorderCollection.getItem',
      'RangeBorder.style',
      'RangeBorder.weight',
      'Application.calculate',
      'Worksheet.charts',
      'ChartCollection.add',
      'Chart.axes',
      'Chart.format',
      'Chart.legend',
      'Chart.series',
      'Chart.setPosition',
      'Chart.title',
      'ChartAreaFormat.font',
      'ChartAxes.categoryAxis',
      'ChartDataLabels.showValue',
      'ChartFill.setSolidColor',
      'ChartFont.name',
      'ChartLegend.position',
      'ChartLegend.visible',
      'ChartLineFormat.color',
      'ChartSeries.format',
      'ChartSeries.name',
      'ChartSeriesCollection.getItemAt',
      'ChartSeriesFormat.fill',
      'ChartSeriesFormat.line',
      'ChartTitle.text',
      'Range.insert',
      'Range.delete',
    ],
    disables: 'mọi thao tác trên sổ tính (đọc, ghi, tô màu, chọn ô)',
  },
  {
    name: 'ExcelApi',
    version: '1.2',
    calls: ['Range.merge', 'Range.unmerge', 'RangeFormat.columnWidth', 'RangeFormat.rowHeight', 'Workbook.functions', 'Functions.date', 'FunctionResult.value'],
    disables: 'gộp ô, độ rộng cột và chiều cao dòng của các trang in; nhận biết sổ tính dùng hệ ngày 1904 (ngày tháng đọc và ghi lệch 4 năm)',
  },
  {
    name: 'ExcelApi',
    version: '1.4',
    calls: ['Worksheet.getUsedRangeOrNullObject', 'Workbook.settings', 'SettingCollection.add', 'SettingCollection.getItemOrNullObject', 'Setting.value', 'Setting.delete'],
    disables: 'đọc trang tính (kế hoạch, sổ theo dõi hồ sơ, biểu mẫu): không biết vùng có dữ liệu; ghi nhớ thiết lập cùng sổ tính (cơ quan ban hành, cột đã chọn)',
  },
  {
    name: 'ExcelApi',
    version: '1.6',
    calls: ['Application.suspendApiCalculationUntilNextSync'],
    disables: 'ghi kết quả vào sổ tính (mỗi lần ghi tạm dừng tính toán của Excel)',
  },
  {
    name: 'ExcelApi',
    version: '1.7',
    calls: ['Worksheet.getRangeByIndexes', 'Worksheet.freezePanes', 'Worksheet.tabColor', 'WorksheetFreezePanes.freezeAt', 'WorksheetFreezePanes.freezeRows', 'WorksheetFreezePanes.freezeColumns', 'WorksheetFreezePanes.unfreeze', 'ChartAxis.reversePlotOrder', 'ChartLineFormat.weight', 'ChartSeries.gapWidth', 'ChartSeries.hasDataLabels', 'ChartSeries.setValues', 'ChartSeries.setXAxisValues', 'ChartSeriesCollection.add'],
    disables: 'đọc trang tính theo từng khối; cố định dòng tiêu đề và màu thẻ của các trang kết quả; biểu đồ tiến độ trên trang in',
  },
  {
    name: 'ExcelApi',
    version: '1.8',
    calls: ['Range.dataValidation', 'DataValidation.clear', 'DataValidation.rule', 'DataValidation.errorAlert', 'ChartAxis.position', 'ChartDataLabels.numberFormat', 'ChartSeries.dataLabels'],
    disables: 'danh sách chọn trong ô (trang "Theo dõi thực hiện", biểu mẫu); nhãn số trên biểu đồ',
  },
  {
    name: 'ExcelApi',
    version: '1.9',
    calls: [
      'Application.suspendScreenUpdatingUntilNextSync',
      'Worksheet.getRanges',
      'RangeAreas.areas',
      'RangeAreas.format',
      'Worksheet.pageLayout',
      'Worksheet.horizontalPageBreaks',
      'PageBreakCollection.add',
      'PageLayout.orientation',
      'PageLayout.paperSize',
      'PageLayout.zoom',
      'PageLayoutZoomOptions.horizontalFitToPages',
      'PageLayout.setPrintTitleRows',
      'PageLayout.setPrintArea',
      'PageLayout.leftMargin',
      'PageLayout.rightMargin',
      'PageLayout.topMargin',
      'PageLayout.bottomMargin',
      'PageLayout.headerMargin',
      'PageLayout.footerMargin',
      'PageLayout.headersFooters',
      'HeaderFooterGroup.defaultForAllPages',
      'HeaderFooter.leftHeader',
      'HeaderFooter.centerHeader',
      'HeaderFooter.rightHeader',
      'HeaderFooter.leftFooter',
      'HeaderFooter.centerFooter',
      'HeaderFooter.rightFooter',
      'Range.copyFrom',
    ],
    disables: 'tô màu nhiều dòng một lần; thiết lập trang in (A4, vừa một trang ngang, tiêu đề in lặp, số trang), ngắt trang; định dạng các dòng thêm vào biểu mẫu của tỉnh',
  },
  {
    name: 'ExcelApi',
    version: '1.13',
    calls: ['Range.getMergedAreasOrNullObject', 'Workbook.insertWorksheetsFromBase64'],
    disables: 'đọc bảng có ô gộp (kế hoạch dán từ Word, biểu mẫu) và kiểm tra ô gộp trước khi ghi; bản Excel thiếu bộ này không hiện phần bổ trợ; chép biểu mẫu của tỉnh vào sổ tính',
  },
  {
    name: 'OpenBrowserWindowApi',
    version: '1.1',
    calls: ['UI.openBrowserWindow'],
    disables: 'mở thư nhắc việc bằng chương trình thư của máy (Excel trên web mở bằng trình duyệt; vẫn tải được tệp .eml)',
    // Microsoft: not in Office on the web; the pane then opens the mailto: link itself.
    optional: true,
  },
  {
    name: 'AddinCommands',
    version: '1.1',
    calls: [],
    manifest: 'ExecuteFunction',
    disables: 'nút "Mở Kiểm soát TTHC" và "Tô màu lại" trên thẻ Trang đầu; vẫn mở được ngăn từ Trang đầu → Phần bổ trợ',
  },
];

/** `ExcelApi 1.13`: how a set is named in the report and the type definitions. */
export function setLabel(set: Pick<RequirementSetUse, 'name' | 'version'>): string {
  return `${set.name} ${set.version}`;
}
