import { Button, Group, Text } from '@mantine/core';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import { useState } from 'react';

/** The file name the server gave (`attachment; filename="…"`), else a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a download and saves it. Fetching first, rather than a plain link, lets a refusal
 * ("narrow the filters", "sign in again") be shown on the page instead of being saved as a file.
 */
function useDownload(onDownloaded?: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (key: string, href: string) => {
    setBusy(key);
    setError(null);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? 'The download failed. Try again.');
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response, href.split('/').pop()?.split('?')[0] ?? 'download');
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked after the click has handed the file to the browser.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      onDownloaded?.();
    } catch {
      setError('The download failed: check the connection and try again.');
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download };
}

const FORMAT_WORDS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

interface ExportButtonsProps {
  /** What is exported, for the buttons' accessible names: "Download people as CSV". */
  what: string;
  /** The download link for a format, with the filters on screen. */
  href: (format: ExportFormat) => string;
  /** After a file is saved (the audit log, which now holds the download, refreshes). */
  onDownloaded?: () => void;
}

/** "CSV" and "Excel" downloads of the list on screen, as filtered; every download is audited. */
export function ExportButtons({ what, href, onDownloaded }: ExportButtonsProps) {
  const { busy, error, download } = useDownload(onDownloaded);
  return (
    <DownloadGroup error={error} prefix="Download">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="xs"
          variant="default"
          loading={busy === format}
          aria-label={`Download ${what} as ${FORMAT_WORDS[format]}`}
          onClick={() => void download(format, href(format))}
        >
          {FORMAT_WORDS[format]}
        </Button>
      ))}
    </DownloadGroup>
  );
}

/** One download button, e.g. a cohort's one-page PDF summary. */
export function DownloadButton({ href, label }: { href: string; label: string }) {
  const { busy, error, download } = useDownload();
  return (
    <DownloadGroup error={error}>
      <Button size="xs" variant="default" loading={busy !== null} onClick={() => void download('file', href)}>
        {label}
      </Button>
    </DownloadGroup>
  );
}

interface DownloadGroupProps {
  error: string | null;
  prefix?: string;
  children: React.ReactNode;
}

function DownloadGroup({ error, prefix, children }: DownloadGroupProps) {
  return (
    <Group gap="xs" align="center" wrap="wrap">
      {prefix ? (
        <Text size="sm" c="dimmed" span>
          {prefix}
        </Text>
      ) : null}
      {children}
      {error ? (
        <Text size="sm" c="red.8" role="alert" w="100%">
          {error}
        </Text>
      ) : null}
    </Group>
  );
}
