import { Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFingerprint } from './fingerprintCheck';

/**
 * A person's trust decision on a key, as the command line takes it: the fingerprint the other side read out,
 * typed back (it must match: `--fingerprint`), or a tick saying every group was compared (`--yes`). Reports the
 * fingerprint to send, or null while there is no decision; a typed mismatch blocks the tick too.
 */
export function FingerprintConfirm({ expected, onDecision }: { expected: string; onDecision: (fingerprint: string | null) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [ticked, setTicked] = useState(false);
  const check = checkFingerprint(typed, expected);
  // Typed, the handler compares what was typed; ticked, the person vouched for the key shown, whose
  // fingerprint the handler derives again from the same file.
  const decision = check.at === 'match' ? typed : ticked && check.at !== 'mismatch' ? expected : null;
  useEffect(() => onDecision(decision), [decision, onDecision]);

  return (
    <Stack gap={6} data-testid="fingerprint-confirm">
      <TextInput
        label={t('sync.confirmFp.typeLabel')}
        description={t('sync.confirmFp.typeHint')}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace', fontSize: 'var(--mantine-font-size-md)' } }}
        maw={520}
        autoComplete="off"
        spellCheck={false}
        error={check.at === 'mismatch' ? t('sync.confirmFp.mismatch', { group: check.group }) : undefined}
        data-testid="fingerprint-typed"
      />
      {check.at === 'match' ? (
        <Text size="sm" c="green.8" fw={600} data-testid="fingerprint-match">
          ✓ {t('sync.confirmFp.match')}
        </Text>
      ) : null}
      {check.at === 'typing' ? (
        <Text size="sm" c="dimmed">
          {t('sync.confirmFp.typing')}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('sync.confirmFp.or')}
      </Text>
      <Checkbox
        label={t('sync.confirmFp.tick')}
        checked={ticked}
        onChange={(e) => setTicked(e.currentTarget.checked)}
        disabled={check.at === 'mismatch'}
        data-testid="fingerprint-ticked"
      />
    </Stack>
  );
}
