import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { chunkPart } from '@/components/chunk-part';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`${label} ${count}`}
    </button>
  );
}

function Page({
  part,
  label,
}: {
  part: ReturnType<typeof chunkPart<{ label: string }>>;
  label: string;
}) {
  return (
    <Suspense fallback={<p>Room kept</p>}>
      <part.Component label={label} />
    </Suspense>
  );
}

describe('chunkPart', () => {
  it('loaded before its first render, draws the part at once, its code loaded once', async () => {
    const load = vi.fn(() => Promise.resolve(Counter));
    const part = chunkPart(load);
    await Promise.all([part.load(), part.load()]);
    render(<Page part={part} label="Tone" />);
    expect(screen.getByRole('button', { name: 'Tone 0' })).toBeInTheDocument();
    expect(screen.queryByText('Room kept')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rendered first, shows its room, then the part, which keeps what the reader did', async () => {
    let arrive: (component: typeof Counter) => void = () => undefined;
    const part = chunkPart(() => new Promise<typeof Counter>((resolve) => (arrive = resolve)));
    const { rerender } = render(<Page part={part} label="Dates" />);
    expect(screen.getByText('Room kept')).toBeInTheDocument();
    arrive(Counter);
    const button = await screen.findByRole('button', { name: 'Dates 0' });
    await userEvent.click(button);
    expect(screen.getByRole('button', { name: 'Dates 1' })).toBeInTheDocument();
    // Rendered again now that its code is here, it is the same part, not a new one.
    rerender(<Page part={part} label="Period" />);
    expect(screen.getByRole('button', { name: 'Period 1' })).toBeInTheDocument();
  });

  it('a part whose code cannot load fails where it is rendered, as a lazy one does', async () => {
    const part = chunkPart<{ label: string }>(() => Promise.reject(new Error('offline')));
    await expect(part.load()).rejects.toThrow('offline');
  });
});
