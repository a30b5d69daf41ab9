import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportMenu } from '@/features/library/export-menu';
import { openSession } from '@/query/loader/open-session';
import { smallDataset } from '../testing/fixtures';

describe('the export menu', () => {
  it('names each item as before and describes the reviews it holds', async () => {
    const user = userEvent.setup();
    render(<ExportMenu session={openSession(smallDataset)} indices={Int32Array.from([0, 1])} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const csv = await screen.findByRole('menuitem', { name: 'CSV' });
    expect(csv).toHaveAccessibleDescription('the 2 shown reviews');
    expect(csv).toHaveTextContent('CSV: the 2 shown reviews');
    expect(screen.getByRole('menuitem', { name: 'JSON' })).toHaveAccessibleDescription(
      'the 2 shown reviews',
    );
    expect(screen.getByRole('menuitem', { name: 'Page text' })).toHaveAccessibleDescription(
      'all 5',
    );
  });
});
