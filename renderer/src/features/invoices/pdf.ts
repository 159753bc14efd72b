import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// Vite copies the worker next to the bundle: a file of the app itself, which the CSP's script-src allows.
GlobalWorkerOptions.workerSrc = workerUrl;

export interface Rendering {
  /** Resolves with the number of pages drawn. */
  done: Promise<number>;
  cancel: () => void;
}

/**
 * Draws every page of a PDF into canvases appended to `target`, `width` CSS pixels wide (sharp on
 * high-density screens). No WebAssembly: the CSP does not allow it.
 */
export function renderPdf(bytes: Uint8Array, target: HTMLElement, width: number, label: (page: number, pages: number) => string): Rendering {
  const task = getDocument({ data: bytes, useWasm: false });
  let cancelled = false;
  const done = (async () => {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages && !cancelled; number += 1) {
      const page = await pdf.getPage(number);
      const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = '100%';
      canvas.style.display = 'block';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', label(number, pdf.numPages));
      target.append(canvas);
      await page.render({ canvas, viewport }).promise;
    }
    return pdf.numPages;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      void task.destroy();
    },
  };
}
