import { Button, Menu, MenuItem, MenuItemLink, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { BookQuestionMarkRegular, QuestionCircleRegular, ShieldTaskRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/context';

/** The header's help menu: the user guide, and in Excel the self-test ("Tự kiểm tra"). */
export function HelpMenu({ onSelfTest }: { onSelfTest: (() => void) | null }) {
  const strings = useStrings();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" icon={<QuestionCircleRegular />} data-testid="help-menu">
          {strings.help.menu}
        </Button>
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
