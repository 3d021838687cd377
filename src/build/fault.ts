// A test hook: with WARTA_FAULT=<phase>, the build kills itself (SIGKILL, like an out-of-memory kill or a
// power cut) when it reaches that phase, so tests can prove what a crash there leaves behind. Unset, it does
// nothing. Phases: see the calls of faultPoint() in src/cli/build.ts.
export function faultPoint(phase: string): void {
	if (process.env.WARTA_FAULT === phase) process.kill(process.pid, "SIGKILL");
}
