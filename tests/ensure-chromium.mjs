// Installs Debian's chromium when it is missing: the e2e tests never download a browser of their own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.log(`${path} not found: installing Debian's chromium with apt-get`);
	const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
	execSync(
		`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core`,
		{
			stdio: 'inherit'
		}
	);
}
