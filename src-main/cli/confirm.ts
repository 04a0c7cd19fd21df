import { createInterface } from 'node:readline/promises';
import type { TrustDecision } from '../services/trust/confirm';
import { cliLocale } from './output';

/**
 * A trust decision from the command line: --fingerprint FP (must match) or --yes in scripts; otherwise, on a
 * terminal, the fingerprint is shown and the answer asked for. Without a terminal there is no decision, and
 * the service refuses saying how to give one.
 */
export function decisionOf(o: { fingerprint?: string; yes?: boolean }): TrustDecision | undefined {
  if (o.fingerprint) return { fingerprint: o.fingerprint };
  if (o.yes) return { yes: true };
  if (!process.stdin.isTTY) return undefined;
  return {
    async ask(fingerprint, whose) {
      const zh = cliLocale() === 'zh';
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        process.stderr.write(
          zh
            ? `${whose.zh}的密钥指纹：\n\n    ${fingerprint}\n\n请与对方当面或电话核对。`
            : `Key fingerprint of ${whose.en}:\n\n    ${fingerprint}\n\nCompare it in person or over the phone. `,
        );
        const answer = await rl.question(zh ? '一致吗？输入 yes 确认：' : 'Does it match? Type yes to confirm: ');
        return /^(y|yes|是|对)$/i.test(answer.trim());
      } finally {
        rl.close();
      }
    },
  };
}
