import { useEffect, useState } from 'react';
import { detectHost, type Host, type Unready } from '../host/detectHost';

/** Where the pane runs (Excel or file mode), or that Office did not get ready; null while office.js is still being waited for. */
export function useHost(): Host | Unready | null {
  const [host, setHost] = useState<Host | Unready | null>(null);
  useEffect(() => {
    let live = true;
    void detectHost().then((h) => {
      if (live) setHost(h);
    });
    return () => {
      live = false;
    };
  }, []);
  return host;
}
