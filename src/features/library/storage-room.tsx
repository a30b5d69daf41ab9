import { useQuery } from '@tanstack/react-query';
import { storageEstimateQuery } from '@/data/storage-estimate';

const size = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function bytes(value: number): string {
  if (value < 1e6) return `${size.format(value / 1e3)} kB`;
  if (value < 1e9) return `${size.format(value / 1e6)} MB`;
  return `${size.format(value / 1e9)} GB`;
}

/** How much room the library takes in this browser, and how much is left. */
export function StorageRoom() {
  const { data } = useQuery(storageEstimateQuery());
  if (!data) return null;
  return (
    <p className="library-bar__room">
      {`Library: ${bytes(data.usage)} used, ${bytes(Math.max(0, data.quota - data.usage))} free in this browser`}
    </p>
  );
}
