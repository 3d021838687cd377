// Hand-written types for the parts of Eleventy 3 and its RSS plugin that Warta uses; neither ships
// .d.ts files (docs/toolchain.md §1). `UserConfig` itself is inferred from Eleventy's JSDoc.
declare module "@11ty/eleventy" {
	export interface EleventyJsonPage {
		url: string | false;
		inputPath: string;
		outputPath: string | false;
		rawInput: string;
		content: string;
	}
	export interface EleventyOptions {
		configPath?: string | false;
		quietMode?: boolean;
		pathPrefix?: string;
		runMode?: "build" | "watch" | "serve";
		config?: (eleventyConfig: import("@11ty/eleventy/UserConfig").default) => void | Promise<void>;
	}
	/** Eleventy's HTML <base> plugin: prefixes root-relative URLs in HTML output with the path prefix */
	export function HtmlBasePlugin(eleventyConfig: import("@11ty/eleventy/UserConfig").default, options?: Record<string, unknown>): void;
	export default class Eleventy {
		constructor(input?: string, output?: string, options?: EleventyOptions);
		toJSON(): Promise<EleventyJsonPage[]>;
		write(): Promise<unknown>;
		init(): Promise<void>;
		watch(): Promise<unknown>;
		stopWatch(): Promise<void>;
		serve(port?: number): Promise<void>;
		setIsVerbose(verbose: boolean): void;
	}
}

declare module "@11ty/eleventy-plugin-rss" {
	import type UserConfig from "@11ty/eleventy/UserConfig";
	/** RFC 822 date as RSS wants it: "Tue, 17 Apr 2018 10:15:00 +0700" (timeZone defaults to the process TZ!) */
	export function dateToRfc822(date: Date | string | number, timeZone?: string): string;
	/** RFC 3339 in UTC: "2018-04-17T03:15:00Z" */
	export function dateToRfc3339(date: Date): string;
	export default function rssPlugin(eleventyConfig: UserConfig, options?: Record<string, unknown>): void;
}
