// Text filling for UI strings, shared by page modules, feeds and the templates' `fill` filter.

/** Replaces {name} placeholders in a UI string: fill("{count} menit baca", { count: 3 }). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
