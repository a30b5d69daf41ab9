import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { followOtherTabs } from '@/data/library-channel';
import { startUrlSync } from '@/store/url-sync';
import { preferencesStoreApi } from '@/store/preferences-store';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startUrlSync(window);
// Another tab's votes, spoilers, theme and library changes show here too.
window.addEventListener('storage', (event) => {
  if (event.storageArea === localStorage)
    preferencesStoreApi.getState().actions.followStorage(event.key, event.newValue);
});
const client = createQueryClient();
followOtherTabs(client);

createRoot(root, {
  // A caught error is already shown to the reader as an alert in its panel.
  onCaughtError: (error) => {
    if (import.meta.env.DEV) console.debug('caught', error);
  },
}).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);
