import { useMemo, useState } from 'react';
import { Field } from '@fluentui/react-components';
import { DatePicker, type CalendarStrings, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { formatViDate, todayIso, type IsoDate } from '../../core/calendar/isoDate';
import type { PaneStrings } from '../i18n/strings';
import { useStrings } from '../i18n/context';
import { dayOfPickerDate, isWholeDayText, pickerDateOf, pickerDateText, typedDay } from '../features/dayField';

type Formatter = NonNullable<DatePickerProps['dateTimeFormatter']>;
type Weekday = NonNullable<DatePickerProps['firstDayOfWeek']>;
/** Weeks start on Monday in Vietnam (Fluent's DayOfWeek.Monday). */
const MONDAY = 1 as Weekday;

function calendarStrings(d: PaneStrings['date']): CalendarStrings {
  return {
    months: d.months,
    shortMonths: d.shortMonths,
    days: d.days,
    shortDays: d.shortDays,
    goToToday: d.goToToday,
    prevMonthAriaLabel: d.prevMonth,
    nextMonthAriaLabel: d.nextMonth,
    prevYearAriaLabel: d.prevYear,
    nextYearAriaLabel: d.nextYear,
    prevYearRangeAriaLabel: d.prevYearRange,
    nextYearRangeAriaLabel: d.nextYearRange,
    closeButtonAriaLabel: d.close,
    selectedDateFormatString: d.selectedDay,
    todayDateFormatString: d.todayDay,
    monthPickerHeaderAriaLabel: d.monthPickerHeader,
    yearPickerHeaderAriaLabel: d.yearPickerHeader,
    weekNumberFormatString: d.weekNumber,
    dayMarkedAriaLabel: d.dayMarked,
  };
}

function calendarFormatter(d: PaneStrings['date']): Formatter {
  return {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date) => d.months[date.getMonth()],
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => d.dayMonthYear(date.getDate(), date.getMonth() + 1, date.getFullYear()),
    formatMonthYear: (date) => d.monthYear(date.getMonth() + 1, date.getFullYear()),
  };
}

/** The props of {@link DayField} (and of its stand-in while the calendar code loads). */
export interface DayFieldProps {
  label: string;
  value: IsoDate;
  onChange(day: IsoDate): void;
  /** Under the field when the day is valid (e.g. the day in words). */
  hint?: string;
  /** A warning about a valid day (shown instead of the hint). */
  warning?: string;
  testId?: string;
}

/**
 * A day as Vietnamese officers write it: dd/mm/yyyy shown and typed whatever the browser's
 * locale (a native date input shows the browser's order, 06/12/2026 in en-US), with a calendar
 * in the pane's language. A whole dd/mm/yyyy is taken while typing; shorter forms on Enter or
 * leaving the field; text that is no day says so under the field and keeps the last day.
 */
export function DayField(props: DayFieldProps) {
  const { label, value, onChange, hint, warning, testId } = props;
  const strings = useStrings();
  const d = strings.date;
  const [invalid, setInvalid] = useState(false);
  const calendar = useMemo(() => calendarStrings(d), [d]);
  const formatter = useMemo(() => calendarFormatter(d), [d]);
  const today = useMemo(() => pickerDateOf(todayIso()), []);
  const take = (day: IsoDate | null) => {
    setInvalid(day === null);
    if (day !== null && day !== value) onChange(day);
  };
  return (
    <Field
      label={label}
      hint={invalid || warning ? undefined : hint}
      validationState={invalid ? 'error' : warning ? 'warning' : 'none'}
      validationMessage={invalid ? d.invalid(formatViDate(value)) : warning}
    >
      <DatePicker
        allowTextInput
        value={pickerDateOf(value)}
        today={today}
        firstDayOfWeek={MONDAY}
        strings={calendar}
        dateTimeFormatter={formatter}
        formatDate={pickerDateText}
        parseDateFromString={(text) => {
          const day = typedDay(text);
          return day ? pickerDateOf(day) : null;
        }}
        onSelectDate={(date) => take(date ? dayOfPickerDate(date) : null)}
        onValidationResult={(r) => setInvalid(r.error !== undefined)}
        onChange={(_e, data) => {
          if (isWholeDayText(data.value)) take(typedDay(data.value));
        }}
        placeholder={d.placeholder}
        popupSurface={{ 'aria-label': d.calendar }}
        data-testid={testId}
      />
    </Field>
  );
}

export default DayField;
