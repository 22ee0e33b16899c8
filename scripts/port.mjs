// The port `npm start` and `npm run preview` listen on, read in one place, and the one line said
// when it cannot be had (a stack trace after a ten-second build tells a reader nothing).

const raw = process.env.PORT || '4173';
if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
	console.error(`serve: PORT must be a number from 0 to 65535, got ${JSON.stringify(raw)}`);
	process.exit(1);
}
export const port = Number(raw);

/** Ends the process with one line when listening on `port` fails. */
export function listenFailed(/** @type {NodeJS.ErrnoException} */ error) {
	const why =
		error.code === 'EADDRINUSE'
			? `port ${port} is already in use; stop what holds it or set PORT to another port`
			: error.code === 'EACCES'
				? `port ${port} needs privileges; set PORT to a port above 1023`
				: `cannot listen on port ${port}: ${error.message}`;
	console.error(`serve: ${why}`);
	process.exit(1);
}
