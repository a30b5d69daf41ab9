import { useState } from 'react';

interface RenameFormProps {
  /** The name the dataset has now, or '' for none. */
  initial: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** A library dataset's own name, as the reader writes it; empty gives it none. */
export function RenameForm({ initial, onSave, onCancel }: RenameFormProps) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="library-bar__rename"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(name);
      }}
    >
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} />
      </label>
      <button type="submit" className="button">
        Save name
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
