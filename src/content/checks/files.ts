// Files that cannot be read (permissions, a link that leads nowhere or to itself) are problems that name the
// file, like any other mistake, never a stack trace. Messages: docs/authoring.md.

/** Why a file could not be read, in an editor's words (Node's error code in brackets for whoever runs the site). */
export function fileErrorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	const reasons: Record<string, string> = {
		EACCES: "permission denied",
		EPERM: "permission denied",
		ENOENT: "it does not exist",
		ELOOP: "a link that leads back to itself",
		EISDIR: "it is a folder",
		ENOTDIR: "part of its path is not a folder",
	};
	return code && reasons[code] ? `${reasons[code]}, ${code}` : String((error as Error)?.message ?? error);
}
