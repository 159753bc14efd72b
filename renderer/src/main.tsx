import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { App } from './app/App';
import { setUpI18n } from './i18n';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

async function boot(): Promise<void> {
  // Who is signed in (the first screen's question) is asked while the language is read, not after.
  void queryClient.prefetchQuery({ queryKey: ['auth.status', {}], queryFn: () => call('auth.status', {}) });
  const preferences = await call('ui.preferences', {}).catch(() => ({ language: 'fr' as const }));
  setUpI18n(preferences.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
