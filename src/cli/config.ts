/**
 * The project's policy.config.yaml for a command: checked like a policy (a
 * config with errors stops the command, exit 1, nothing written); its
 * templates folder put in use.
 */
import { loadConfig, type ProjectConfig } from '../config/load.js';
import { InvalidPolicyError } from '../errors.js';
import { useTemplateOverrides } from '../render/templates.js';
import { hasErrors, type Message } from '../report/message.js';
import type { CliIO } from './io.js';

export interface CommandConfig {
  config?: ProjectConfig;
  /** Warnings of the config file (shown with the policies' warnings). */
  messages: Message[];
}

export function projectConfig(io: Pick<CliIO, 'cwd'>): CommandConfig {
  const { config, messages } = loadConfig(io.cwd);
  if (hasErrors(messages)) throw new InvalidPolicyError(messages);
  useTemplateOverrides(config?.templatesDir);
  return { ...(config ? { config } : {}), messages };
}
