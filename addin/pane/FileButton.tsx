import { Button } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  /** File types offered by the picker (`.csv,.json`). */
  accept: string;
  /** `data-testid` of the hidden file input (tests set files on it). */
  inputTestId: string;
  disabled?: boolean;
  onFile(file: File): void;
  children: ReactNode;
}

/** A button that opens the file picker; the input is cleared after each pick so the same file can be picked again. */
export function FileButton({ accept, inputTestId, disabled, onFile, children }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={inputTestId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
