import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino). Fields that may carry personal data are
 * redacted wherever they appear, so a logged request or document never
 * leaks a phone number, an ID number or a token.
 */
export function createLogger(level: string, name = 'coop-graph', destination?: pino.DestinationStream): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        '*.authorization',
        '*.phone',
        '*.idNumber',
        '*.contact',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
  }, destination);
}
