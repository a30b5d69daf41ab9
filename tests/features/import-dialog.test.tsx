import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetToPageText } from '@/data/export-dataset';
import { sessionOnlyDataset } from '@/data/library-session-store';
import { smallDataset } from '../testing/fixtures';
import { renderImportDialog } from '../testing/import-dialog';

describe('ImportDialog', () => {
  it('previews a pasted page and adds it', async () => {
    const { user, onAdded } = renderImportDialog();
    const dialog = screen.getByRole('dialog', { name: 'Import reviews' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Page text' }));
    await user.paste(datasetToPageText(smallDataset));
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    expect(
      await within(dialog).findByText('1 untitled, 1 anonymous, 1 undated, 3 unrated'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Pusher II')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to library' }));
    expect(onAdded).toHaveBeenCalledTimes(1);
    const [id, problem] = onAdded.mock.calls[0] ?? [];
    expect(sessionOnlyDataset(String(id))).toEqual(smallDataset);
    // jsdom has no IndexedDB: the import still opens, and says it is for this session only.
    expect(problem).toMatch(/this session only/);
  });

  it('offers to merge a page of a film already open', async () => {
    const { user } = renderImportDialog({
      openDataset: { ...smallDataset, reviews: smallDataset.reviews.slice(0, 2) },
    });
    await user.click(screen.getByRole('textbox', { name: 'Page text' }));
    await user.paste(datasetToPageText(smallDataset));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(
      await screen.findByRole('button', {
        name: 'Merge into Pusher II: 3 new reviews, 2 already here',
      }),
    ).toBeInTheDocument();
  });

  it('says why a file is refused and offers nothing to add', async () => {
    const { user } = renderImportDialog();
    await user.upload(
      screen.getByLabelText('Choose file'),
      new File(['{"nope": true}'], 'data.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"data.json" is not a valid dataset: schemaVersion',
    );
    expect(screen.queryByRole('button', { name: 'Add to library' })).not.toBeInTheDocument();
  });

  it('reads several saved pages of one film into one preview, with what it skipped', async () => {
    const { user, onAdded } = renderImportDialog();
    const file = (name: string, type: string) =>
      new File([readFileSync(`tests/fixtures/imdb/${name}`, 'utf8')], name, { type });
    await user.upload(screen.getByLabelText('Choose file'), [
      file('saved-2024-complete.html', 'text/html'),
      file('graphql-page-2.json', 'application/json'),
    ]);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Night Ferry')).toBeInTheDocument();
    expect(within(preview).getByText('4 (the page states 214)')).toBeInTheDocument();
    expect(within(preview).getByText(/^2 files: /)).toBeInTheDocument();
    expect(
      within(preview).getByText('1 review block could not be read and was skipped:'),
    ).toBeInTheDocument();
    expect(within(preview).getByText('1: it has no title or text')).toBeInTheDocument();
    expect(
      within(preview).getByText('2 reviews were in more than one file and are kept once.'),
    ).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Add to library' }));
    const [id] = onAdded.mock.calls[0] ?? [];
    const added = sessionOnlyDataset(String(id));
    expect(added?.reviews.map((review) => review.id)).toEqual([
      'rw5550001',
      'rw5550002',
      'rw5550004',
      'rw5550005',
    ]);
  });

  it('refuses a film main page and adds nothing', async () => {
    const { user, onAdded } = renderImportDialog();
    await user.upload(
      screen.getByLabelText('Choose file'),
      new File([readFileSync('tests/fixtures/imdb/film-main-page.html', 'utf8')], 'main.html', {
        type: 'text/html',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"main.html" is a film\'s main page on IMDb, not its reviews: open its User reviews and save that page.',
    );
    expect(screen.queryByRole('region', { name: 'Preview' })).not.toBeInTheDocument();
    expect(onAdded).not.toHaveBeenCalled();
  });
});
