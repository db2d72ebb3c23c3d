import { selectWidthStyle } from './selectWidth';

interface Props {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  testId: string;
  onChange: (value: string) => void;
}

/** A labelled select over catalog rows (category, jurisdiction). */
export function CatalogSelect({ label, value, options, testId, onChange }: Props) {
  return (
    <label className="control">
      {label}
      <select
        value={value}
        data-testid={testId}
        className="sized-select"
        style={selectWidthStyle(options.map((o) => o.label))}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
