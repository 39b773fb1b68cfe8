import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';

/** Downloads the module's latest version as a YAML module file. */
export function ExportButton({ moduleId, title }: { moduleId: string; title: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const [latest] = await queryClient.fetchQuery(trpc.modules.moduleVersions.queryOptions({ moduleId }));
      if (!latest) return;
      const file = await queryClient.fetchQuery(
        trpc.modules.exportModule.queryOptions({ versionId: latest.versionId }),
      );
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/yaml' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="subtle"
      loading={busy}
      onClick={() => void download()}
      aria-label={`Export ${title}`}
    >
      Export
    </Button>
  );
}
