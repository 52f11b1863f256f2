import { createContext, useContext } from 'react';
import { vi, type PaneStrings } from './strings';

/** The strings of the pane's language; Vietnamese until the host says otherwise. */
export const StringsContext = createContext<PaneStrings>(vi);

/** The strings of the pane's language. */
export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
