/** A select of a few named choices beside the column selects (the scale, the date order). */
export function ChoiceSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChoose,
}: {
  id: string;
  label: string;
  value: T;
  options: ReadonlyArray<[T, string]>;
  onChoose: (value: T) => void;
}) {
  return (
    <div className="control column-mapping__choice">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find(([option]) => option === event.target.value);
          if (chosen) onChoose(chosen[0]);
        }}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
