"use client";

import { useRouter } from "next/navigation";
import styles from "./board.module.css";

/** The pivot's attribute, changed by navigation (the counts are computed on the server). */
export function AttributePicker({ value, options }: { value: string; options: { key: string; label: string }[] }) {
  const router = useRouter();
  return (
    <label className={styles.picker}>
      <span>Pivot by</span>
      <select
        value={value}
        onChange={(e) =>
          router.push(`/annotate/axial?attr=${encodeURIComponent(e.target.value)}#counts`, { scroll: false })
        }
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
