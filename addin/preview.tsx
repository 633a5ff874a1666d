/** The preview page: the same task pane beside a document rendered in the browser (no Word, no Office.js). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './preview/PreviewApp';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PreviewApp />
  </StrictMode>,
);
