import { Button, Menu, MenuItem, MenuItemLink, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { BookQuestionMarkRegular, QuestionCircleRegular, ShieldTaskRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  // An icon beside the header's note, which keeps its width at 320 px.
  trigger: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** The header's help menu: the user guide, and in Excel the self-test ("Tự kiểm tra"). */
export function HelpMenu({ onSelfTest }: { onSelfTest: (() => void) | null }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button className={styles.trigger} appearance="subtle" size="small" icon={<QuestionCircleRegular />} aria-label={strings.help.menu} title={strings.help.menu} data-testid="help-menu" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItemLink href="help.html" target="_blank" rel="noopener" icon={<BookQuestionMarkRegular />}>
            {strings.help.guide}
          </MenuItemLink>
          {onSelfTest && (
            <MenuItem icon={<ShieldTaskRegular />} onClick={onSelfTest}>
              {strings.help.selfTest}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
