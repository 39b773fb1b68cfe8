import { Modal, type ModalProps } from '@mantine/core';
import { SchemaForm, type SchemaFormProps } from './schema-form.tsx';

interface FormModalProps extends Omit<SchemaFormProps, 'onCancel'> {
  title: string;
  /** Defaults to open: most callers mount the modal only while it is wanted. */
  opened?: boolean;
  size?: ModalProps['size'];
  onClose: () => void;
}

/** A form in a modal (pair with `useSchemaForm`); Cancel and Escape both close it. */
export function FormModal({ title, opened = true, size, onClose, ...form }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <SchemaForm {...form} onCancel={onClose} />
    </Modal>
  );
}
