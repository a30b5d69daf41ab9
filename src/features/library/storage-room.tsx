import { useQuery } from '@tanstack/react-query';
import { bytesText } from '@/components/format-late';
import { storageEstimateQuery } from '@/data/storage-estimate';

/** How much room the library takes in this browser, and how much is left. */
export function StorageRoom() {
  const { data } = useQuery(storageEstimateQuery());
  if (!data) return null;
  return (
    <p className="library-bar__room">
      {`Library: ${bytesText(data.usage)} used, ${bytesText(Math.max(0, data.quota - data.usage))} free in this browser`}
    </p>
  );
}
