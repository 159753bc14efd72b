import { Command, type ErrorOptions } from 'commander';
import { translate, type Language, type MessageKey, type MessageParams } from '../i18n';

/**
 * A `relais` command whose usage errors (unknown command, missing option…) read like its refusals:
 * French, then `(en) ` and the English, instead of commander's English alone. Sub-commands made with
 * `.command()` are of the same kind.
 */
export class RelaisCommand extends Command {
  override createCommand(name?: string): Command {
    return new RelaisCommand(name);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(usageMessage(this, message, errorOptions?.code), errorOptions);
  }
}

type Part = [MessageKey, MessageParams?];

/** A value shown as it was typed (translate would write `2026-12-01` as a date). */
const typed = (value: string) => ({ fr: value, en: value });

/** `relais staff add`: how to name the command that was misused. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** `--role <value>` → `--role`: the flag as it is typed. */
const flagOf = (flags: string) => flags.replace(/\s*[<[].*$/, '').split(/[,\s|]+/).at(-1) ?? flags;

/** A sub-command's name as typed after `relais` (`seats list`). */
function typedAfterRelais(command: Command, name: string): string {
  return [...commandPath(command).split(' ').slice(1), name].join(' ');
}

/** Commander's `\n(Did you mean one of a, b?)` as the names it suggests, commands given in full (`seats list`). */
function suggested(message: string, command: Command): string[] {
  const match = /\(Did you mean (?:one of )?(.+)\?\)\s*$/.exec(message);
  if (!match?.[1]) return [];
  return match[1].split(', ').map((name) => (name.startsWith('-') ? name : typedAfterRelais(command, name)));
}

/**
 * What commander says, by its error code and the values its message carries, in both languages; a
 * message this version does not know keeps commander's English under a French line that says so.
 */
function usageMessage(command: Command, message: string, code = 'commander.error'): string {
  const english = message.replace(/^error:\s*/, '').trim();
  const help: Part = ['cli.usage.help', { command: commandPath(command) }];
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const parts = ((): Part[] | undefined => {
    switch (code) {
      case 'commander.unknownCommand':
        return [['cli.usage.unknown_command', { name: typed(typedAfterRelais(command, command.args[0] ?? quoted[0] ?? '')) }], ...didYouMean(message, command), help];
      case 'commander.unknownOption':
        return quoted[0] === undefined ? undefined : [['cli.usage.unknown_option', { flag: typed(quoted[0]) }], ...didYouMean(message, command), help];
      case 'commander.missingMandatoryOptionValue':
        return quoted[0] === undefined ? undefined : [['cli.usage.missing_option', { flag: flagOf(quoted[0]) }], ...choicesOf(command, quoted[0]), help];
      case 'commander.optionMissingArgument':
        return quoted[0] === undefined ? undefined : [['cli.usage.option_needs_value', { flag: flagOf(quoted[0]) }], help];
      case 'commander.missingArgument':
        return quoted[0] === undefined ? undefined : [['cli.usage.missing_argument', { name: typed(quoted[0]) }], help];
      case 'commander.excessArguments': {
        const counted = /Expected (\d+) arguments? but got \d+: (.*)\.$/.exec(english);
        return counted ? [['cli.usage.too_many_arguments', { expected: Number(counted[1]), given: typed(counted[2] ?? '') }], help] : undefined;
      }
      case 'commander.invalidArgument':
        return invalidValue(english, help);
      case 'commander.conflictingOption':
        return quoted.length >= 2 ? [['cli.usage.conflicting_options', { first: flagOf(quoted[0] ?? ''), second: flagOf(quoted[1] ?? '') }], help] : undefined;
      default:
        return undefined;
    }
  })();
  if (!parts) return `${both('fr', [['cli.usage.unknown_error'], help])}\n(en) ${english} ${both('en', [help])}`;
  return `${both('fr', parts)}\n(en) ${both('en', parts)}`;
}

/** The values a mandatory option left out could take (`--role`: welcome, treasurer, admin). */
function choicesOf(command: Command, flags: string): Part[] {
  const choices = command.options.find((option) => option.flags === flags)?.argChoices;
  return choices?.length ? [['cli.usage.choices', { choices: typed(choices.join(', ')) }]] : [];
}

function didYouMean(message: string, command: Command): Part[] {
  const names = suggested(message, command);
  return names.length === 0 ? [] : [['cli.usage.did_you_mean', { names: { fr: names.join(' ou '), en: names.join(' or ') } }]];
}

/** `option '--role <value>' argument 'boss' is invalid. Allowed choices are a, b.` and its argument twin. */
function invalidValue(english: string, help: Part): Part[] | undefined {
  const option = /^option '([^']*)' argument '(.*)' is invalid\.\s*(.*)$/s.exec(english);
  const argument = /^command-argument value '(.*)' is invalid for argument '([^']*)'\.\s*(.*)$/s.exec(english);
  const detail = (option?.[3] ?? argument?.[3] ?? '').trim();
  const head: Part | undefined = option
    ? ['cli.usage.invalid_option_value', { value: typed(option[2] ?? ''), flag: flagOf(option[1] ?? '') }]
    : argument
      ? ['cli.usage.invalid_argument_value', { value: typed(argument[1] ?? ''), name: argument[2] ?? '' }]
      : undefined;
  if (!head) return undefined;
  const choices = /^Allowed choices are (.*)\.$/s.exec(detail);
  // The allowed values say what to type; a parser's own reason is kept as it is written.
  if (choices) return [head, ['cli.usage.choices', { choices: typed(choices[1] ?? '') }]];
  return detail ? [head, ['cli.usage.detail', { detail: typed(detail) }], help] : [head, help];
}

const both = (language: Language, parts: Part[]) => parts.map(([key, params]) => translate(language, key, params)).join(' ');
