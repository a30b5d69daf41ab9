import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterFold } from '@/features/controls/filter-fold';

describe('the folded filters', () => {
  it('open from a button that says how many are in force', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <FilterFold active={0}>
        <label>
          <input type="checkbox" /> Hide spoilers
        </label>
      </FilterFold>,
    );
    const button = screen.getByRole('button', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    rerender(
      <FilterFold active={2}>
        <label>
          <input type="checkbox" /> Hide spoilers
        </label>
      </FilterFold>,
    );
    expect(screen.getByRole('button', { name: 'Filters 2 in force' })).toBeInTheDocument();
  });
});
