import { useDocumentTitle } from '@mantine/hooks';

/** Each page names itself in the tab and for screen readers announcing the new page. */
export function usePageTitle(title: string): void {
  useDocumentTitle(`${title} · Preceptor`);
}
