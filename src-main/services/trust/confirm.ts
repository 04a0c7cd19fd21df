import { AppError, fingerprintDigits } from '../../contract';

/**
 * How a person confirms a key before it is trusted (approving a join request, pinning the office key): the
 * fingerprint they compared, typed back (it must match); `yes` in a script that compared it otherwise; or a
 * question asked on a terminal.
 */
export type TrustDecision =
  { fingerprint: string } | { yes: true } | { ask: (fingerprint: string, whose: { zh: string; en: string }) => Promise<boolean> };

export async function confirmFingerprint(
  fingerprint: string,
  decision: TrustDecision | undefined,
  whose: { zh: string; en: string },
): Promise<void> {
  if (!decision) {
    throw new AppError('NEEDS_CONFIRMATION', {
      zh: `须先核对${whose.zh}的密钥指纹 ${fingerprint}：用 --fingerprint 指纹 确认（须一致），或在脚本中用 --yes。未做任何改动。`,
      en: `Confirm ${whose.en}'s key fingerprint ${fingerprint} first: pass --fingerprint FP (it must match), or --yes in scripts. Nothing changed.`,
    });
  }
  if ('fingerprint' in decision && fingerprintDigits(decision.fingerprint) !== fingerprintDigits(fingerprint)) {
    throw new AppError('FINGERPRINT_MISMATCH', {
      zh: `${whose.zh}的密钥指纹是 ${fingerprint}，与核对的 ${decision.fingerprint} 不符：可能不是同一把密钥，未做任何改动。`,
      en: `${whose.en}'s key fingerprint is ${fingerprint}, not the ${decision.fingerprint} you compared: it may be another key; nothing changed.`,
    });
  }
  if ('ask' in decision && !(await decision.ask(fingerprint, whose))) {
    throw new AppError('NEEDS_CONFIRMATION', {
      zh: '未确认密钥指纹，未做任何改动。',
      en: 'The key fingerprint was not confirmed; nothing changed.',
    });
  }
}
