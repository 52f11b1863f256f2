import type { RegisterField } from './model';

/**
 * One header wording of a register column: the words (a matchKey with punctuation dropped, so
 * "NgayTiepNhan" and "Ngày tiếp nhận" read alike) and the rank of that wording for its field.
 * Rank 1 means what the forms count (SPEC §8); a higher rank is a looser or second-best name,
 * taken only when no column of a better rank exists. Ranks decide between columns, never the
 * column order.
 */
export interface HeaderWording {
  field: RegisterField;
  words: string;
  rank: number;
}

/**
 * Header wordings no field may take, because they name a date the forms do not judge by:
 * a later appointment after an apology letter or an extension (the form judges against the
 * first appointment, SPEC §8). A header containing one of these is never a due date.
 */
export const NOT_A_FIELD: readonly { field: RegisterField; words: string }[] = [
  { field: 'due', words: 'hen tra moi' },
  { field: 'due', words: 'hen tra lan' },
  { field: 'due', words: 'xin loi' },
  { field: 'due', words: 'gia han' },
  { field: 'due', words: 'dieu chinh' },
  { field: 'due', words: 'lan 2' },
  { field: 'due', words: 'lan thu' },
  // The person or office that received it, not the day.
  { field: 'received', words: 'nguoi tiep nhan' },
  { field: 'received', words: 'can bo tiep nhan' },
  { field: 'received', words: 'bo phan tiep nhan' },
  { field: 'received', words: 'co quan tiep nhan' },
  { field: 'received', words: 'don vi tiep nhan' },
  // How the result goes back to the applicant (SPEC §14), never how the dossier came in, nor a day.
  { field: 'channel', words: 'nhan ket qua' },
  { field: 'channel', words: 'tra ket qua' },
  { field: 'resolved', words: 'phuong thuc' },
  { field: 'resolved', words: 'hinh thuc' },
  { field: 'resolved', words: 'kenh' },
  // "Mã TTHC", "Số TTHC" are codes of the procedure, not its name.
  { field: 'procedure', words: 'ma tthc' },
  { field: 'procedure', words: 'ma thu tuc' },
  { field: 'procedure', words: 'so tthc' },
  { field: 'procedure', words: 'stt' },
  { field: 'field', words: 'ma linh vuc' },
];

/**
 * Header wordings of each register column, ranked (SPEC §8 "Exports of the one-stop systems"):
 * - received: Ngày tiếp nhận over Ngày nộp / Ngày đăng ký (the applicant's submission);
 * - due: the original Ngày hẹn trả; a new date after a supplement request is its own field
 *   (`supplementDue`) that replaces it on the rows where it is filled;
 * - resolved: Ngày kết thúc xử lý / Ngày có kết quả / Ngày hoàn thành over Ngày trả kết quả
 *   (the day the applicant collected it), which serves only when no other exists.
 * A new wording is one row here plus a test row.
 */
export const HEADER_WORDINGS: readonly HeaderWording[] = [
  { field: 'code', words: 'ma ho so', rank: 1 },
  { field: 'code', words: 'so ho so', rank: 1 },
  { field: 'code', words: 'ma so ho so', rank: 1 },
  { field: 'code', words: 'ma hs', rank: 2 },
  { field: 'code', words: 'so hs', rank: 2 },
  { field: 'code', words: 'so bien nhan', rank: 2 },
  { field: 'code', words: 'ma bien nhan', rank: 2 },

  { field: 'field', words: 'linh vuc', rank: 1 },
  { field: 'field', words: 'ten linh vuc', rank: 1 },
  { field: 'field', words: 'linh vuc giai quyet', rank: 1 },

  { field: 'procedure', words: 'ten tthc', rank: 1 },
  { field: 'procedure', words: 'ten thu tuc hanh chinh', rank: 1 },
  { field: 'procedure', words: 'ten thu tuc', rank: 1 },
  { field: 'procedure', words: 'thu tuc hanh chinh', rank: 2 },
  { field: 'procedure', words: 'thu tuc', rank: 2 },
  { field: 'procedure', words: 'tthc', rank: 3 },

  { field: 'channel', words: 'kenh nop', rank: 1 },
  { field: 'channel', words: 'kenh tiep nhan', rank: 1 },
  { field: 'channel', words: 'kenh thuc hien', rank: 1 },
  { field: 'channel', words: 'hinh thuc nop', rank: 1 },
  { field: 'channel', words: 'hinh thuc tiep nhan', rank: 1 },
  { field: 'channel', words: 'phuong thuc nop', rank: 1 },
  { field: 'channel', words: 'phuong thuc tiep nhan', rank: 1 },
  { field: 'channel', words: 'nguon tiep nhan', rank: 2 },
  { field: 'channel', words: 'kenh', rank: 3 },
  { field: 'channel', words: 'hinh thuc', rank: 3 },

  { field: 'received', words: 'ngay tiep nhan', rank: 1 },
  { field: 'received', words: 'ngay gio tiep nhan', rank: 1 },
  { field: 'received', words: 'thoi gian tiep nhan', rank: 1 },
  { field: 'received', words: 'ngay nhan', rank: 2 },
  { field: 'received', words: 'ngay nhan ho so', rank: 2 },
  { field: 'received', words: 'nhan ho so', rank: 2 },
  { field: 'received', words: 'tiep nhan', rank: 3 },
  { field: 'received', words: 'ngay nop', rank: 4 },
  { field: 'received', words: 'ngay nop ho so', rank: 4 },
  { field: 'received', words: 'ngay dang ky', rank: 4 },

  { field: 'due', words: 'ngay hen tra', rank: 1 },
  { field: 'due', words: 'hen tra ket qua', rank: 1 },
  { field: 'due', words: 'han xu ly', rank: 2 },
  { field: 'due', words: 'han giai quyet', rank: 2 },
  { field: 'due', words: 'han tra', rank: 2 },
  { field: 'due', words: 'han hoan thanh', rank: 2 },
  { field: 'due', words: 'thoi han giai quyet', rank: 2 },
  { field: 'due', words: 'ngay het han', rank: 2 },
  { field: 'due', words: 'ngay hen', rank: 3 },
  { field: 'due', words: 'hen tra', rank: 3 },

  // "Ngày hẹn trả mới (sau bổ sung)": the clock restarts after the applicant supplements.
  { field: 'supplementDue', words: 'hen tra sau bo sung', rank: 1 },
  { field: 'supplementDue', words: 'hen tra moi sau bo sung', rank: 1 },
  { field: 'supplementDue', words: 'hen tra bo sung', rank: 1 },
  { field: 'supplementDue', words: 'han sau bo sung', rank: 2 },

  { field: 'resolved', words: 'ngay ket thuc xu ly', rank: 1 },
  { field: 'resolved', words: 'ngay co ket qua', rank: 1 },
  { field: 'resolved', words: 'ngay co kq', rank: 1 },
  { field: 'resolved', words: 'ngay hoan thanh', rank: 1 },
  { field: 'resolved', words: 'ngay giai quyet xong', rank: 1 },
  { field: 'resolved', words: 'ngay xu ly xong', rank: 1 },
  { field: 'resolved', words: 'nhan ket qua tu co quan giai quyet', rank: 1 },
  { field: 'resolved', words: 'ngay ket thuc', rank: 2 },
  { field: 'resolved', words: 'ngay giai quyet', rank: 2 },
  { field: 'resolved', words: 'ngay tra ket qua', rank: 3 },
  { field: 'resolved', words: 'ngay tra kq', rank: 3 },
  { field: 'resolved', words: 'ngay tra', rank: 3 },
  { field: 'resolved', words: 'tra ket qua', rank: 3 },

  { field: 'status', words: 'trang thai', rank: 1 },
  { field: 'status', words: 'trang thai ho so', rank: 1 },
  { field: 'status', words: 'tinh trang', rank: 1 },
  { field: 'status', words: 'tinh trang ho so', rank: 1 },

  { field: 'reason', words: 'ly do qua han', rank: 1 },
  { field: 'reason', words: 'nguyen nhan qua han', rank: 1 },
  { field: 'reason', words: 'ly do cham', rank: 1 },
  { field: 'reason', words: 'nguyen nhan', rank: 2 },
  { field: 'reason', words: 'ly do', rank: 2 },
];
