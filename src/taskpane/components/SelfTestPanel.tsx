import { useRef, useState } from 'react';
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CopyRegular, DismissRegular, PlayRegular } from '@fluentui/react-icons';
import { useOperation } from '../hooks/useOperation';
import { useSelfTest } from '../hooks/useSelfTest';
import { reportCounts } from '../selftest/model';
import { checkLine, requirementLine, reportText, type ReportLine } from '../selftest/reportText';
import { copyText } from '../selftest/copyText';
import { BusyIndicator } from './BusyIndicator';
import { NoticeList } from './NoticeList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  lines: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { overflowWrap: 'anywhere' },
  status: { fontWeight: tokens.fontWeightSemibold },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  skip: { color: tokens.colorNeutralForeground3 },
  detail: { color: tokens.colorNeutralForeground2 },
  copyBox: { width: '100%' },
});

function Line({ line }: { line: ReportLine }) {
  const styles = useStyles();
  const tone = line.status === 'đạt' ? styles.pass : line.status === 'không đạt' ? styles.fail : styles.skip;
  return (
    <li className={styles.line} data-testid="selftest-line" data-status={line.status}>
      <span className={mergeClasses(styles.status, tone)}>{line.status}</span> — {line.label}
      {line.detail && <span className={styles.detail}>: {line.detail}</span>}
    </li>
  );
}

/**
 * "Tự kiểm tra": runs the self-test in this Excel and shows its report, one line per requirement
 * set and check, with "Sao chép báo cáo" to paste it into an e-mail to the developers.
 */
export function SelfTestPanel({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const { busy } = useOperation();
  const { report, start, running } = useSelfTest();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const text = report ? reportText(report) : '';
  const counts = report ? reportCounts(report) : null;

  const copy = async () => {
    const ok = await copyText(text);
    setCopied(ok ? 'yes' : 'no');
    // Blocked clipboard: the text is shown selected, for Ctrl+C.
    if (!ok) setTimeout(() => box.current?.select(), 0);
  };

  return (
    <section className={styles.panel} aria-labelledby="selftest-title" data-testid="selftest">
      <Subtitle2 as="h2" id="selftest-title">
        Tự kiểm tra
      </Subtitle2>
      <Body1>
        Phần bổ trợ thêm trang tạm &quot;Tự kiểm tra&quot; vào sổ tính, thử trên trang đó mọi thao tác nó dùng trong Excel (ghi, định dạng, gộp ô, trang in, danh sách chọn, đọc lại…),
        rồi xoá trang đó. Các trang tính của anh/chị không bị ghi. Mất khoảng một đến hai phút.
      </Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<PlayRegular />} disabled={busy !== null} onClick={() => void start().then(() => setCopied(null))}>
          {report ? 'Chạy lại' : 'Chạy tự kiểm tra'}
        </Button>
        {report && (
          <Button icon={<CopyRegular />} disabled={running} onClick={() => void copy()}>
            Sao chép báo cáo
          </Button>
        )}
        <Button appearance="subtle" icon={<DismissRegular />} disabled={running} onClick={onClose}>
          Đóng
        </Button>
      </div>
      <BusyIndicator />
      <NoticeList testId="selftest-notices" />
      {copied === 'yes' && (
        <MessageBar intent="success" data-testid="selftest-copied">
          <MessageBarBody>Đã chép báo cáo. Hãy dán vào thư gửi người hỗ trợ.</MessageBarBody>
        </MessageBar>
      )}
      {copied === 'no' && (
        <MessageBar intent="warning" data-testid="selftest-copy-blocked">
          <MessageBarBody>Excel không cho chép tự động. Báo cáo đã được chọn trong ô dưới: hãy nhấn Ctrl+C (trên Mac: ⌘C) rồi dán vào thư.</MessageBarBody>
        </MessageBar>
      )}
      {copied === 'no' && <Textarea ref={box} className={styles.copyBox} readOnly value={text} rows={8} aria-label="Báo cáo tự kiểm tra" data-testid="selftest-text" />}
      {report && counts && !running && (
        <>
          <MessageBar intent={counts.failed + counts.notRun === 0 ? 'success' : 'warning'} layout="multiline" data-testid="selftest-summary">
            <MessageBarBody>
              {counts.failed + counts.notRun === 0
                ? `Tất cả ${counts.passed} mục đều đạt.`
                : `${counts.passed} mục đạt, ${counts.failed} mục không đạt${counts.notRun > 0 ? `, ${counts.notRun} mục chưa chạy` : ''}. Hãy bấm "Sao chép báo cáo" và gửi cho người hỗ trợ.`}
            </MessageBarBody>
          </MessageBar>
          <Caption1 className={styles.hint}>
            {report.host.kind}, phiên bản {report.host.version ?? 'không rõ'} ({report.host.platform ?? 'không rõ nền tảng'})
          </Caption1>
          <Caption1 as="h3">Bộ API phần bổ trợ cần</Caption1>
          <ul className={styles.lines} aria-label="Bộ API">
            {report.requirements.map((r) => (
              <Line key={r.set} line={requirementLine(r)} />
            ))}
          </ul>
          <Caption1 as="h3">Thao tác trên sổ tính</Caption1>
          <ul className={styles.lines} aria-label="Thao tác trên sổ tính">
            {report.checks.map((c) => (
              <Line key={c.id} line={checkLine(c)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
