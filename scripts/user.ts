/**
 * `npm run user -- add NAME --role manager|viewer [--file PATH]`: reads the password from standard
 * input (hidden when typed at a terminal) and adds or updates NAME in the console users file
 * (`CONSOLE_USERS_FILE`, or `--file`), hashed with bcrypt.
 * `npm run user -- remove NAME` and `npm run user -- list` do what they say.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

import bcrypt from 'bcryptjs';

import { type ConsoleUser, loadUsersFile, saveUsersFile } from '../src/bff/auth/users-file';
import { DEMO_ACCOUNTS } from '../src/bff/demo-defaults';

export const MIN_PASSWORD_LENGTH = 12;
const BCRYPT_COST = 12;

const USAGE = `Usage:
  npm run user -- add NAME --role manager|viewer [--file PATH]   (password on standard input)
  npm run user -- remove NAME [--file PATH]
  npm run user -- list [--file PATH]
The file defaults to $CONSOLE_USERS_FILE.`;

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Password: ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, file: { type: 'string' } },
  });
  const [command, name] = positionals;
  const file = values.file ?? process.env.CONSOLE_USERS_FILE;
  if (!command || !file) fail(USAGE);
  const users: ConsoleUser[] = existsSync(file) ? loadUsersFile(file) : [];

  if (command === 'list') {
    for (const user of users) process.stdout.write(`${user.username}\t${user.role}\n`);
    return;
  }
  if (!name || name.length > 128 || /[\s]/.test(name))
    fail(`NAME is required (no spaces).\n${USAGE}`);

  if (command === 'remove') {
    const rest = users.filter((user) => user.username !== name);
    if (rest.length === users.length) fail(`No user "${name}" in ${file}`);
    if (rest.length === 0) fail('Refusing to remove the last user');
    saveUsersFile(file, rest);
    process.stdout.write(`Removed ${name} from ${file}\n`);
    return;
  }
  if (command !== 'add') fail(USAGE);
  const role = values.role;
  if (role !== 'manager' && role !== 'viewer') fail(`--role must be manager or viewer.\n${USAGE}`);

  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    fail(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (DEMO_ACCOUNTS.some((demo) => demo.password === password)) fail('That is a demo password.');
  const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
  const entry: ConsoleUser = { username: name, role, passwordHash };
  const existed = users.some((user) => user.username === name);
  const next = existed
    ? users.map((user) => (user.username === name ? entry : user))
    : [...users, entry];
  saveUsersFile(file, next);
  process.stdout.write(`${existed ? 'Updated' : 'Added'} ${name} (${role}) in ${file}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail((error as Error).message));
