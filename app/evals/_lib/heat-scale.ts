type Rgb = readonly [number, number, number];

/** One step of the heat-map scale: rates up to `max` (inclusive), its colors and its legend label. */
export interface HeatStep {
  max: number;
  label: string;
  background: string;
  color: string;
}

const INK = "#1d2621";
const WHITE = "#ffffff";

/**
 * The heat-map scale: discrete steps (ColorBrewer "Oranges"), so each cell's text color can be chosen to pass WCAG AA
 * on its background; a continuous ramp would have to cross a band where neither ink nor white does.
 */
export const HEAT_STEPS: readonly HeatStep[] = [
  { max: 0, label: "0%", background: "#f6f7f6", color: INK },
  { max: 0.05, label: "up to 5%", background: "#fff0e1", color: INK },
  { max: 0.15, label: "5–15%", background: "#fdd0a2", color: INK },
  { max: 0.3, label: "15–30%", background: "#fdae6b", color: INK },
  { max: 0.5, label: "30–50%", background: "#fd8d3c", color: INK },
  { max: 0.75, label: "50–75%", background: "#a63603", color: WHITE },
  { max: 1, label: "over 75%", background: "#7f2704", color: WHITE },
];

/** The scale step of a rate in [0, 1]; out-of-range and non-finite rates take the nearest end. */
export function heatStep(rate: number): HeatStep & { index: number } {
  const r = Number.isFinite(rate) ? rate : 0;
  const index = HEAT_STEPS.findIndex((s) => r <= s.max + 1e-12);
  const i = index === -1 ? HEAT_STEPS.length - 1 : index;
  return { ...HEAT_STEPS[i]!, index: i };
}

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** Relative luminance of a "#rrggbb" color (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const ch = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = rgb(hex);
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

/** WCAG contrast ratio of two "#rrggbb" colors (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
