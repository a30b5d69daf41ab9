import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionOnlyDataset } from '@/data/library-session-store';
import { renderImportDialog } from '../testing/import-dialog';
import { resetViewState } from '../testing/render';

const fixture = (name: string, type = 'text/csv') =>
  new File([readFileSync(`tests/fixtures/tables/${name}`)], name, { type });

const previewTitles = () =>
  within(screen.getByRole('list', { name: 'Preview' }))
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);

describe('choosing the columns of a table', () => {
  beforeEach(() => resetViewState());

  it('proposes each column, previews the reviews, and updates the preview on a new choice', async () => {
    const { user } = renderImportDialog();
    await user.upload(screen.getByLabelText('Choose file'), fixture('scraper-reviews.csv'));
    const text = await screen.findByRole('combobox', { name: 'Text column' });
    expect(text).toHaveDisplayValue('review_content');
    expect(screen.getByRole('combobox', { name: 'Title column' })).toHaveDisplayValue(
      'review_title',
    );
    expect(screen.getByRole('combobox', { name: 'Film column' })).toHaveDisplayValue('movie_title');
    expect(screen.getByRole('combobox', { name: 'Spoiler column' })).toHaveDisplayValue('None');
    expect(screen.getByText('1 row has no text and will be skipped.')).toBeInTheDocument();
    expect(screen.getByText('1 film: Heat (1995) 4 reviews')).toBeInTheDocument();
    expect(previewTitles()).toEqual([
      'A slow burn that pays off',
      'Too long by half',
      'Quiet, sad, exact',
      'A ghost story about grief',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Title column' }), 'None');
    await user.selectOptions(text, 'review_title');
    expect(await screen.findByText('1 film: Heat (1995) 5 reviews')).toBeInTheDocument();
    expect(previewTitles()).toEqual(Array.from({ length: 5 }, () => 'Untitled review'));
    // The title text now reads as the body: the row without content is read too.
    expect(screen.queryByText(/will be skipped/)).not.toBeInTheDocument();
    expect(screen.getByText('Too long by half')).toBeInTheDocument();
  });

  it('refuses to add without a text column, saying what to do', async () => {
    const { user } = renderImportDialog();
    await user.upload(screen.getByLabelText('Choose file'), fixture('scraper-reviews.csv'));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Text column' }), 'None');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No column holds the review text: choose it in Text column, or pick another file.',
    );
    expect(screen.getByRole('button', { name: 'Add to library' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('adds one dataset per film, and remembers the choice for the same columns', async () => {
    const { user, onAdded } = renderImportDialog();
    await user.upload(
      screen.getByLabelText('Choose file'),
      fixture('imdb-style.tsv', 'text/tab-separated-values'),
    );
    expect(
      await screen.findByText(
        '3 films: Drive (2011) 3 reviews, Heat (1995) 2 reviews, Arrival (2016) 1 review',
      ),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Author column' }), 'None');
    await user.click(screen.getByRole('button', { name: 'Add to library' }));
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    const [id] = onAdded.mock.calls[0] ?? [];
    const added = sessionOnlyDataset(String(id));
    expect(added?.film).toEqual({ title: 'Drive', year: 2011 });
    expect(added?.reviews.map((review) => review.author)).toEqual([null, null, null]);

    const view = renderImportDialog();
    const dialogs = screen.getAllByRole('dialog', { name: 'Import reviews' });
    const second = dialogs[dialogs.length - 1];
    if (!second) throw new Error('no second dialog');
    await view.user.upload(
      within(second).getByLabelText('Choose file'),
      fixture('imdb-style.tsv', 'text/tab-separated-values'),
    );
    expect(
      await within(second).findByRole('combobox', { name: 'Author column' }),
    ).toHaveDisplayValue('None');
  });

  it('asks the date order when no date tells, and reads the dates in the order chosen', async () => {
    const { user } = renderImportDialog();
    const csv = 'text,date\n"First review text",03/04/2005\n"Second review text",01/02/2003\n';
    await user.upload(screen.getByLabelText('Choose file'), new File([csv], 'dates.csv'));
    const order = await screen.findByRole('combobox', { name: 'Date order' });
    expect(screen.getByText(/could be day\/month or month\/day/)).toBeInTheDocument();
    expect(screen.getByText(/2005-03-04/)).toBeInTheDocument();
    await user.selectOptions(order, 'Day first (03/04/2005 is 3 April)');
    expect(await screen.findByText(/2005-04-03/)).toBeInTheDocument();
  });

  it('reads pasted rows of a table the same way', async () => {
    const { user } = renderImportDialog();
    await user.click(screen.getByRole('textbox', { name: 'Page text' }));
    await user.paste(readFileSync('tests/fixtures/tables/sentiment.csv', 'utf8'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('combobox', { name: 'Text column' })).toHaveDisplayValue(
      'review',
    );
    expect(screen.getByText('1 film: Pasted reviews 3 reviews')).toBeInTheDocument();
  });
});
