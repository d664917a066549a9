/**
 * The project's policy.config.yaml for a command: checked like a policy (a
 * config with errors stops the command, exit 1, nothing written); its
 * templates folder put in use.
 */
import { loadConfig, type ProjectConfig } from '../config/load.js';
import { InputError, InvalidPolicyError } from '../errors.js';
import { CONFIG_FILE } from '../config/schema.js';
import { hasUnreadable } from '../load/read-files.js';
import { useTemplateOverrides } from '../render/templates.js';
import { hasErrors, type Message } from '../report/message.js';
import type { CliIO } from './io.js';
import { say } from '../i18n/catalogue.js';

export interface CommandConfig {
  config?: ProjectConfig;
  /** Warnings of the config file (shown with the policies' warnings). */
  messages: Message[];
}

export function projectConfig(io: Pick<CliIO, 'cwd'>): CommandConfig {
  const { config, messages } = loadConfig(io.cwd);
  // A file that cannot be read at all (a folder, a pipe, a link to nothing) stops the command as a policy that cannot be read does (exit 2).
  if (hasUnreadable(messages)) throw new InputError(say('input.config.unreadable', { file: CONFIG_FILE }, 'input.config.unreadable.hint'), undefined, messages);
  if (hasErrors(messages)) throw new InvalidPolicyError(messages);
  useTemplateOverrides(config?.templatesDir);
  return { ...(config ? { config } : {}), messages };
}
