import { Badge, Burger, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { useAppData } from './AppDataContext';
import { usePreferences } from './usePreferences';

interface Props {
  navOpened: boolean;
  toggleNav: () => void;
}

const schemeIcons = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop } as const;

/** App name, which installation this is, and the language and colour scheme switches. */
export function HeaderBar({ navOpened, toggleNav }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { info } = useAppData();
  const { colorScheme, setLocale, setScheme } = usePreferences();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" />
        <Text fw={700} fz="lg" style={{ whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Text>
        <Text c="dimmed" size="sm" truncate="end" visibleFrom="md" data-testid="installation-name" title={info.installation.name}>
          {info.installation.name}
        </Text>
        <Badge variant="light" radius="sm" tt="none" visibleFrom="xs" data-testid="installation-role">
          {t(`role.${info.installation.role}`)}
        </Badge>
        {info.readOnly ? (
          <Badge color="gray" radius="sm" tt="none">
            {t('header.readOnly')}
          </Badge>
        ) : null}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('header.language')}
          data-testid="lang-switch"
          value={locale}
          onChange={(v) => void setLocale(v === 'en' ? 'en' : 'zh')}
          data={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('header.colorScheme')}
          data-testid="scheme-switch"
          value={colorScheme}
          onChange={(v) => void setScheme(v as keyof typeof schemeIcons)}
          data={(Object.keys(schemeIcons) as (keyof typeof schemeIcons)[]).map((scheme) => {
            const Icon = schemeIcons[scheme];
            return {
              value: scheme,
              label: (
                <Tooltip label={t(`header.${scheme}`)}>
                  <Icon size={16} style={{ display: 'block' }} aria-label={t(`header.${scheme}`)} />
                </Tooltip>
              ),
            };
          })}
        />
      </Group>
    </Group>
  );
}
