import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { startUrlSync } from '@/store/url-sync';
import { viewStoreApi } from '@/store/view-store';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startUrlSync(window);
// Another tab's vote or theme shows here too; the later write wins.
window.addEventListener('storage', () => viewStoreApi.getState().actions.reloadPersisted());

createRoot(root, {
  // A caught error is already shown to the reader as an alert in its panel.
  onCaughtError: (error) => {
    if (import.meta.env.DEV) console.debug('caught', error);
  },
}).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <App />
    </Providers>
  </StrictMode>,
);
