import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { firstDatasetUrl } from '@/app/first-dataset';
import { loadFirstScreenParts } from '@/app/first-screen-parts';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { followOtherTabs } from '@/data/library-channel';
import { datasetQuery } from '@/query/loader/session-queries';
import { startUrlSync } from '@/store/url-sync';
import { preferencesStoreApi } from '@/store/preferences-store';
import './app/theme.css';

// index.html's own (createRoot says so if it were missing).
const root = document.getElementById('root') as HTMLElement;

startUrlSync(window);
// Another tab's votes, spoilers, theme and library changes show here too.
window.addEventListener('storage', (event) => {
  if (event.storageArea === localStorage)
    preferencesStoreApi.getState().actions.followStorage(event.key, event.newValue);
});
const client = createQueryClient();
followOtherTabs(client);

// The dataset starts loading with the first module, beside the rest of the page's start, and so
// does the code of the controls the first screen shows. The first render waits a moment for
// them, so that a small film shows its reviews at once rather than a skeleton first; a large one
// shows the skeleton and its progress after that moment.
const FIRST_RENDER_WAITS_MS = 400;

function render(): void {
  const reactRoot = createRoot(root, {
    // A caught error is already shown to the reader as an alert in its panel.
    onCaughtError: (error) => {
      if (import.meta.env.DEV) console.debug('caught', error);
    },
  });
  const app = (
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>
  );
  // Over the still first screen of index.html, the first render yields to the browser every few
  // milliseconds rather than holding the page in one long task; over an empty page (any other
  // address) it is done at once, as the reader is waiting for it.
  if (root.firstChild) startTransition(() => reactRoot.render(app));
  else reactRoot.render(app);
}

const firstUrl = firstDatasetUrl(window.location.search);
if (firstUrl === null) render();
else {
  // Neither rejects: a dataset that fails is the query's error, a part that fails its panel's.
  const first = Promise.all([client.prefetchQuery(datasetQuery(firstUrl)), loadFirstScreenParts()]);
  const moment = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS));
  void Promise.race([first, moment]).then(render);
}
