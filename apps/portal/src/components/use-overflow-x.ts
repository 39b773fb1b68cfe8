import { type RefCallback, useCallback, useState } from 'react';

/** Whether the element's content is wider than the element, kept current as either resizes. */
export function useOverflowX(): [RefCallback<HTMLElement>, boolean] {
  const [overflowing, setOverflowing] = useState(false);
  const ref = useCallback<RefCallback<HTMLElement>>((element) => {
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing];
}
