import { Stack, Text } from '@mantine/core';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';

/** Text of an HTML body shown as plain paragraphs: safe for text not yet sanitized by the server. */
export function PlainParagraphs({ html }: { html: string }) {
  const paragraphs = htmlToPlainText(html).split('\n');
  return (
    <Stack gap="xs">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs have no identity beyond their place in the text.
        <Text key={index} size="sm">
          {paragraph || '\u00a0'}
        </Text>
      ))}
    </Stack>
  );
}
