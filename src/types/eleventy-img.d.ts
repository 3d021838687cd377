// Hand-written types for the part of @11ty/eleventy-img 6 that Warta uses (it ships no .d.ts files).
// https://www.11ty.dev/docs/plugins/image/
declare module "@11ty/eleventy-img" {
	export interface ImageMetadataEntry {
		format: string;
		width: number;
		height: number;
		url: string;
		filename: string;
		outputPath: string;
		srcset: string;
		sourceType: string;
		size?: number;
	}
	export type ImageMetadata = Record<string, ImageMetadataEntry[] | undefined>;
	export interface ImageOptions {
		widths?: (number | "auto" | null)[];
		formats?: string[];
		outputDir?: string;
		urlPath?: string;
		[option: string]: unknown;
	}
	export default function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
}
