import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { contract, METHOD_NAMES, type MethodName } from '../api/contract';
import type { MethodSpec } from '../api/define';
import { fieldLabel, forTerminal, type MessageKey } from '../i18n';
import { commonOf, EXIT, Exit, withCommon, type CliContext } from './context';
import { inputFrom, kebab, OptionError, optionsOf } from './options';

/** One sub-command per contract entry that names one (`cli: { command: 'seats list' }`). */
export function addContractCommands(program: Command, cli: CliContext): void {
  for (const name of METHOD_NAMES) {
    const spec: MethodSpec = contract[name];
    if (spec.cli) addCommand(program, cli, name, spec, spec.cli);
  }
}

function parentFor(root: Command, words: string[]): Command {
  let parent = root;
  for (const word of words) {
    parent = parent.commands.find((c) => c.name() === word) ?? parent.command(word).description(`${word} commands`);
  }
  return parent;
}

function addCommand(root: Command, cli: CliContext, name: MethodName, spec: MethodSpec, meta: NonNullable<MethodSpec['cli']>): void {
  const words = meta.command.split(' ');
  const command = withCommon(parentFor(root, words.slice(0, -1)).command(words.at(-1) ?? name)).description(`${spec.summary} (${name})`);
  // A command that reads a file takes it as its argument, not as --file-name and --base64.
  const positional = (key: string) => (meta.file && (key === 'fileName' || key === 'base64')) || key === meta.argument;
  const specs = optionsOf(spec.input, meta.flags).filter((option) => !positional(option.key));
  if (meta.file) command.argument('<file>', 'file to read');
  if (meta.argument) command.argument(`<${kebab(meta.argument)}>`, fieldLabel('en', meta.argument));
  for (const option of specs) {
    const flag = option.kind === 'boolean' ? `--${option.flag}` : `--${option.flag} <value>`;
    const entry = new Option(flag, fieldLabel('en', option.key));
    if (option.choices) entry.choices(option.choices);
    if (option.required) entry.makeOptionMandatory();
    command.addOption(entry);
  }
  if (meta.writesFile) command.requiredOption('--out <file>', 'file to write');
  if (meta.outDir) command.requiredOption('--out <dir>', 'directory to write the file into');
  if (specs.some((option) => option.kind !== 'boolean')) {
    command.addHelpText('after', `\n${forTerminal('cli.stdin_note')}`);
  }
  command.action((...args: unknown[]): void | Promise<void> => {
    const [opts, cmd] = args.slice(-2) as [Record<string, unknown>, Command];
    let input: Record<string, unknown>;
    try {
      input = {
        ...inputFrom(specs, opts, cli.io.stdin),
        ...(meta.file ? fileInput(String(args[0])) : {}),
        ...(meta.argument ? { [meta.argument]: String(args[0]) } : {}),
      };
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      cli.io.err(forTerminal(error.message as MessageKey));
      throw new Exit(EXIT.usage);
    }
    const write = meta.writesFile || meta.outDir ? (value: unknown) => usageErrorsOf(cli, () => writeDocument(String(opts.out), value, meta.outDir === true)) : undefined;
    return cli.callMethod(commonOf(cmd), name, input, { create: meta.createsDatabase ?? false, onValue: write, failsUnless: meta.failsUnless });
  });
}

/** Runs `work`; a bad option it finds is said on the terminal and ends the command with exit 2. */
function usageErrorsOf<T>(cli: CliContext, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    cli.io.err(forTerminal(error.message as MessageKey));
    throw new Exit(EXIT.usage);
  }
}

/** The command's FILE argument as a contract input: its name and its bytes. */
function fileInput(file: string): { fileName: string; base64: string } {
  return { fileName: path.basename(file), base64: fs.readFileSync(path.resolve(file)).toString('base64') };
}

/** A document method's `{fileName, base64}` goes to `--out` (or into it); the command prints where. */
function writeDocument(out: string, value: unknown, intoDir: boolean): Record<string, unknown> {
  const { fileName, base64, beside = [], ...rest } = value as { fileName: string; base64: string; beside?: { fileName: string; base64: string }[] };
  // Counts said beside the file (`entries`, `lines`); nested answers stay for --json callers of the method.
  const counts = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'number'));
  if (intoDir) fs.mkdirSync(path.resolve(out), { recursive: true });
  const file = intoDir ? path.resolve(out, path.basename(fileName)) : path.resolve(out);
  // Companion files (the network report's CSV) take the written file's name with their own extension.
  const stem = file.slice(0, file.length - path.extname(file).length);
  if (beside.some((companion) => stem + path.extname(companion.fileName) === file)) throw new OptionError('cli.out_same_as_companion');
  const bytes = Buffer.from(base64, 'base64');
  fs.writeFileSync(file, bytes);
  const companions = beside.map((companion) => {
    const target = stem + path.extname(companion.fileName);
    fs.writeFileSync(target, Buffer.from(companion.base64, 'base64'));
    return target;
  });
  return { file, bytes: bytes.length, ...(companions.length > 0 ? { beside: companions } : {}), ...counts };
}
