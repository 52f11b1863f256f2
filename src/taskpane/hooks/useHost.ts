import { useEffect, useState } from 'react';
import { detectHost, type Host } from '../host/detectHost';

/** Where the pane runs (Excel or file mode); null while office.js is still being waited for. */
export function useHost(): Host | null {
  const [host, setHost] = useState<Host | null>(null);
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
