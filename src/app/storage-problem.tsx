import { usePreferenceActions, useStorageProblem } from '@/store/preferences-store';

/** Says when a vote, spoiler or theme could not be kept beyond this visit. */
export function StorageProblem() {
  const problem = useStorageProblem();
  const { dismissStorageProblem } = usePreferenceActions();
  if (problem === null) return null;
  return (
    <div role="alert" className="error-panel storage-problem">
      <p className="error-panel__message">{problem}</p>
      <button type="button" className="button button--small" onClick={dismissStorageProblem}>
        Dismiss
      </button>
    </div>
  );
}
