/**
 * An Excel operation that failed. `message` is a Vietnamese sentence for the officer; `code`
 * is Office's error code (`InvalidOperationInCellEditMode`, `ItemNotFound` …) when there is one.
 */
export class OfficeOperationError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'OfficeOperationError';
  }
}

/** Office error codes and the Vietnamese sentence each gets (a table: a new code is a row). */
export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Hãy thoát khỏi ô đang sửa (nhấn Enter hoặc Esc) rồi thử lại.',
  ItemNotFound: 'Không tìm thấy trang tính hoặc vùng ô cần dùng; có thể trang đã bị đổi tên hoặc xoá. Hãy kiểm tra rồi thử lại.',
  ItemAlreadyExists: 'Đã có một trang tính trùng tên với trang tính cần tạo. Hãy đổi tên trang đó rồi thử lại.',
  // Excel on the web has reported a request too large as GeneralException ("An internal error
  // has occurred": office-js 1314, office-js-docs-reference 354), so the size cause comes first.
  GeneralException:
    'Excel gặp lỗi nội bộ khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, có thể dữ liệu gửi tới Excel quá lớn (hay gặp trên Excel cho web): hãy xoá các dòng, cột thừa ở xa bảng (nhấn Ctrl+End để tìm); sau cùng, hãy lưu sổ tính, đóng rồi mở lại và thử lại.',
  RequestPayloadSizeLimitExceeded: 'Dữ liệu gửi tới Excel trong một lần quá lớn. Hãy thử lại với ít dòng hơn.',
  ResponsePayloadSizeLimitExceeded: 'Trang tính quá lớn để đọc trong một lần. Hãy xoá bớt các dòng, cột thừa rồi thử lại.',
  RangeExceedsLimit: 'Vùng ô cần đọc hoặc ghi vượt giới hạn của Excel (5 triệu ô một lần). Hãy xoá các dòng, cột thừa ở xa bảng (nhấn Ctrl+End để tìm) rồi thử lại.',
  OperationCellsExceedLimit: 'Thao tác chạm tới quá nhiều ô so với giới hạn của Excel. Hãy xoá các dòng, cột thừa ở xa bảng (nhấn Ctrl+End để tìm) rồi thử lại.',
  AccessDenied: 'Excel không cho phép ghi: sổ tính hoặc trang tính đang được bảo vệ, hoặc chỉ được mở để đọc. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) hoặc bật chỉnh sửa rồi thử lại.',
  InvalidArgument: 'Excel từ chối dữ liệu gửi tới (tham số không hợp lệ). Hãy báo lỗi này cho người hỗ trợ.',
  InvalidOperation: 'Excel không cho phép thao tác này lúc này (có thể trang tính đang được bảo vệ hoặc đang lọc dữ liệu). Hãy bỏ bảo vệ và bỏ lọc rồi thử lại.',
  InvalidReference: 'Vùng ô cần dùng không còn hợp lệ; có thể trang tính vừa bị thay đổi. Hãy thử lại.',
  InvalidSelection: 'Vùng chọn hiện tại không dùng được cho thao tác này. Hãy chọn lại rồi thử lại.',
  ApiNotFound: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office lên bản mới.',
  UnsupportedOperation: 'Phiên bản Excel này chưa hỗ trợ thao tác cần dùng. Hãy cập nhật Office lên bản mới.',
  Conflict: 'Sổ tính vừa được người khác thay đổi. Hãy đợi đồng bộ xong rồi thử lại.',
  ActivityLimitReached: 'Excel đang bận vì có quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại.',
  RequestAborted: 'Thao tác bị huỷ giữa chừng. Hãy thử lại.',
  ServiceNotAvailable: 'Dịch vụ Excel tạm thời không sẵn sàng. Hãy thử lại sau ít phút.',
  Unauthenticated: 'Phiên đăng nhập Office đã hết hạn. Hãy đăng nhập lại rồi thử lại.',
  NotImplemented: 'Phiên bản Excel này chưa hỗ trợ thao tác cần dùng. Hãy cập nhật Office lên bản mới.',
  // Excel-specific codes ("Error handling with the application-specific JavaScript APIs").
  MergedRangeConflict: 'Excel không ghi được vì vùng cần ghi vướng ô đã gộp, một bảng (Table) hoặc PivotTable của trang tính. Hãy bỏ gộp các ô đó (Trang đầu → Gộp & Căn giữa) hoặc dời bảng ra khỏi vùng đó rồi thử lại.',
  InsertDeleteConflict: 'Excel không chèn hoặc xoá được ô vì vướng một bảng (Table), vùng ô đã gộp hoặc vùng đang lọc. Hãy bỏ lọc, bỏ gộp ô ở vùng đó rồi thử lại.',
  FilteredRangeConflict: 'Trang tính đang lọc dữ liệu nên Excel không ghi được. Hãy bỏ lọc (Dữ liệu → Bộ lọc, hoặc Xoá bộ lọc) rồi thử lại.',
  PivotTableRangeConflict: 'Vùng cần ghi vướng một PivotTable của trang tính. Hãy dời hoặc xoá PivotTable đó rồi thử lại.',
  UnsupportedSheet: 'Trang đang chọn là trang biểu đồ hoặc macro, không dùng được cho thao tác này. Hãy chọn một trang tính thường rồi thử lại.',
  InactiveWorkbook: 'Excel đang mở nhiều sổ tính và sổ tính này không còn là cửa sổ đang dùng. Hãy bấm vào một ô của sổ tính này rồi thử lại.',
  UnsupportedFeature: 'Trang tính có một tính năng mà thao tác này chưa hỗ trợ. Hãy sao chép dữ liệu sang một trang tính mới (chỉ dán giá trị) rồi thử lại.',
  FormulaLengthExceedsLimit: 'Một công thức cần ghi dài quá giới hạn của Excel. Hãy tổng hợp ít đơn vị hơn trong một lần; nếu vẫn lỗi, hãy báo lỗi này cho người hỗ trợ.',
  NonBlankCellOffSheet: 'Excel không chèn được ô vì sẽ đẩy các ô có dữ liệu ra ngoài trang tính. Hãy xoá các dòng, cột thừa ở cuối trang tính (nhấn Ctrl+End để tìm) rồi thử lại.',
  MemoryLimitReached: 'Excel đã hết bộ nhớ dành cho thao tác này. Hãy đóng bớt sổ tính khác, lưu sổ tính này rồi thử lại.',
  ApiNotAvailable: 'Phiên bản Excel này chưa có chức năng cần dùng. Hãy cập nhật Office lên bản mới.',
};

function codeOf(err: unknown): string | null {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
  }
  return null;
}

/**
 * A Vietnamese sentence for an error thrown by Office.js, chosen by its `code`.
 *
 * @example
 * officeErrorMessage({ code: 'InvalidOperationInCellEditMode' })
 * // 'Hãy thoát khỏi ô đang sửa (nhấn Enter hoặc Esc) rồi thử lại.'
 */
export function officeErrorMessage(err: unknown): string {
  if (err instanceof OfficeOperationError) return err.message;
  const code = codeOf(err);
  if (code && OFFICE_ERROR_MESSAGES[code]) return OFFICE_ERROR_MESSAGES[code];
  if (code) return `Excel báo lỗi (${code}). Hãy thử lại; nếu vẫn lỗi, hãy báo mã lỗi này cho người hỗ trợ.`;
  return 'Đã xảy ra lỗi không mong muốn khi làm việc với Excel. Hãy thử lại.';
}

/** Wraps any error from Office.js into an {@link OfficeOperationError} (kept as is when it already is one). */
export function toOfficeOperationError(err: unknown): OfficeOperationError {
  if (err instanceof OfficeOperationError) return err;
  return new OfficeOperationError(officeErrorMessage(err), codeOf(err), err);
}
