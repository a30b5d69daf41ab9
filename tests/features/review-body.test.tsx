import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAMP_WORD_REACH,
  CLAMPED_CHARACTERS,
  clampCut,
  ReviewBody,
} from '@/features/reviews/review-body';
import { marksOf } from '../testing/with-search';

const words = (n: number, word = 'scene') =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('clampCut', () => {
  it('keeps short text whole and cuts long text at the first space after the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (body, limit) => {
          const cut = clampCut(body, limit);
          if (body.length <= limit) {
            expect(cut).toBe(body.length);
            return;
          }
          expect(cut).toBeGreaterThanOrEqual(limit);
          expect(cut === body.length || body.charAt(cut) === ' ').toBe(true);
          expect(body.slice(limit, cut)).not.toContain(' ');
        },
      ),
    );
  });

  it('cuts a word running far past the limit at the limit, between characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', 'e\u0301', '😀'), maxLength: 40 }),
        fc.constantFrom('a', 'e\u0301', '😀'),
        fc.integer({ min: 1, max: 60 }),
        (start, letter, limit) => {
          const body = start + letter.repeat(CLAMP_WORD_REACH + limit + 1);
          const cut = clampCut(body, limit);
          if (body.indexOf(' ', limit) !== -1) return;
          expect(cut).toBeLessThanOrEqual(limit);
          expect(cut).toBeGreaterThan(limit - 3);
          // Not inside a surrogate pair, and no accent left without its letter.
          expect(body.charCodeAt(cut) >= 0xdc00 && body.charCodeAt(cut) <= 0xdfff).toBe(false);
          expect(body.charAt(cut)).not.toBe('\u0301');
        },
      ),
    );
    expect(clampCut('a'.repeat(1_000_000))).toBe(CLAMPED_CHARACTERS);
  });
});

describe('ReviewBody', () => {
  it('keeps the whole of a long review in the page, displays its start, and Read more shows all', async () => {
    const user = userEvent.setup();
    const body = `${words(300)}\n\n${words(300, 'ending')} finale`;
    expect(body.length).toBeGreaterThan(CLAMPED_CHARACTERS * 2);
    render(
      <section aria-label="Review">
        <ReviewBody body={body} marks={marksOf('finale')} bodyId="b1" />
      </section>,
    );
    // Every word is there for reading tools and copy; what lies past the cut is not displayed.
    expect(screen.getByRole('region', { name: 'Review' })).toHaveTextContent(
      body.replace('\n\n', ''),
    );
    expect(screen.getByText('finale')).not.toBeVisible();
    expect(screen.getByText('scene0', { exact: false })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Read more' }));
    expect(screen.getByText('finale')).toBeVisible();
    expect(screen.getByText('finale').tagName).toBe('MARK');
    expect(screen.getByText('scene0', { exact: false })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('marks the same matches on both sides of the cut as in the whole text', () => {
    const body = words(500, 'gang');
    render(<ReviewBody body={body} marks={marksOf('gang')} bodyId="b2" />);
    expect(screen.getAllByText('gang')).toHaveLength(500);
    expect(screen.getAllByText('gang').every((mark) => mark.tagName === 'MARK')).toBe(true);
  });

  it('shows a short review whole, with no Read more until it overflows', () => {
    render(<ReviewBody body="Short and sweet." marks={marksOf('')} bodyId="b3" />);
    expect(screen.getByText('Short and sweet.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('displays the start of a review that is one long word, and Read more shows all of it', async () => {
    const user = userEvent.setup();
    const body = 'a'.repeat(1_000_000);
    const notDisplayed = 'a'.repeat(body.length - CLAMPED_CHARACTERS);
    render(
      <section aria-label="Review">
        <ReviewBody body={body} marks={marksOf('')} bodyId="b4" />
      </section>,
    );
    expect(screen.getByRole('region', { name: 'Review' })).toHaveTextContent(body);
    expect(screen.getByText(notDisplayed)).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Read more' }));
    expect(screen.queryByText(notDisplayed)).toBeNull();
    expect(screen.getByText(body)).toBeVisible();
  });
});
