import '@mantine/tiptap/styles.css';
import './identifier-highlight.css';
import './comment-passage.css';

import { RichTextEditor } from '@mantine/tiptap';
import type { Editor } from '@tiptap/react';

/** The rich-text body with the toolbar a reflection needs (no images: text only). */
export function ReflectionBodyEditor({ editor, labelId }: { editor: Editor | null; labelId: string }) {
  return (
    <RichTextEditor editor={editor} aria-labelledby={labelId}>
      {editor?.isEditable ? (
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      ) : null}
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
