/** A labelled select of named entities by slug, with a first option for none. */
export interface SlugOption {
  slug: string;
  name: string;
}

interface Props {
  id: string;
  label: string;
  value?: string;
  options: SlugOption[];
  /** The words of the first option, which chooses none. */
  none: string;
  onChange: (slug: string | undefined) => void;
}

export function SlugSelect({ id, label, value, options, none, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{none}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
