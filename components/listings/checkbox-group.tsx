import { Checkbox } from "@/components/ui/checkbox";

type Props = {
  name: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[] | undefined;
  /** The first box takes the field's id, so the error summary's link lands on it. */
  firstId: string;
  className: string;
};

/** A set of ticks posted under one name ("audiences", "languages"). */
export function CheckboxGroup({ name, options, checked, firstId, className }: Props) {
  return (
    <div className={className}>
      {options.map((option, i) => (
        <Checkbox
          key={option.value}
          id={i === 0 ? firstId : `${name}-${option.value}`}
          name={name}
          value={option.value}
          label={option.label}
          defaultChecked={checked?.includes(option.value)}
        />
      ))}
    </div>
  );
}
